package org.integrationskompass.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an uploaded document by its content, never by its name or the type the browser claims: a PDF starts
 * with {@code %PDF-} (ISO 32000, section 7.5.2). Anything else is refused, so that visitors never download a
 * renamed program or web page from the portal. Used by every module that stores documents.
 *
 * @param data the file when it is fine, null otherwise
 * @param problem what is wrong, null when the file is fine
 */
public record PdfUpload(byte @Nullable [] data, String fileName, @Nullable Problem problem) {

	public enum Problem {
		EMPTY, TOO_LARGE, NOT_A_PDF
	}

	private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	/** The checked file; empty when no file was chosen at all. */
	public static Optional<PdfUpload> of(@Nullable MultipartFile file, long maxBytes) {
		if (file == null || (file.isEmpty()
				&& (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			return Optional.empty();
		}
		var name = fileName(file.getOriginalFilename());
		if (file.isEmpty()) {
			return Optional.of(new PdfUpload(null, name, Problem.EMPTY));
		}
		if (file.getSize() > maxBytes) {
			return Optional.of(new PdfUpload(null, name, Problem.TOO_LARGE));
		}
		try {
			var data = file.getBytes();
			return Optional.of(isPdf(data) ? new PdfUpload(data, name, null) : new PdfUpload(null, name, Problem.NOT_A_PDF));
		}
		catch (IOException unreadable) {
			return Optional.of(new PdfUpload(null, name, Problem.NOT_A_PDF));
		}
	}

	/** True when the data starts with {@code %PDF-} and has something after it. */
	public static boolean isPdf(byte[] data) {
		return data.length > MAGIC.length && Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
	}

	public boolean ok() {
		return problem == null;
	}

	/**
	 * The name the download gets: the uploaded name without any folder part (old browsers send the full path),
	 * control characters or quotes, ending in {@code .pdf}.
	 */
	public static String fileName(@Nullable String original) {
		var name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		if (name.isEmpty() || name.equals(".pdf")) {
			name = "dokument.pdf";
		}
		return name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name : name + ".pdf";
	}
}
