package org.integrationskompass.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an uploaded picture (a logo, an event's image) by its content, never by its name or the type the browser
 * claims: only PNG, JPEG and WebP get in. SVG is refused on purpose, because an SVG file can carry scripts that run
 * when it is opened.
 *
 * @param contentType the type found in the file's first bytes; null when there is an error
 * @param problem what is wrong ({@code TOO_LARGE}, {@code SVG}, {@code NOT_AN_IMAGE}); null when the picture is fine
 */
public record UploadedImage(@Nullable String contentType, byte @Nullable [] data, @Nullable Problem problem) {

	public enum Problem {
		TOO_LARGE, SVG, NOT_AN_IMAGE
	}

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	/** The checked picture, empty when no file was chosen. */
	public static Optional<UploadedImage> of(@Nullable MultipartFile file, long maxBytes) {
		if (file == null || file.isEmpty()) {
			return Optional.empty();
		}
		if (file.getSize() > maxBytes) {
			return Optional.of(new UploadedImage(null, null, Problem.TOO_LARGE));
		}
		byte[] data;
		try {
			data = file.getBytes();
		}
		catch (IOException unreadable) {
			return Optional.of(new UploadedImage(null, null, Problem.NOT_AN_IMAGE));
		}
		var type = typeOf(data);
		if (type != null) {
			return Optional.of(new UploadedImage(type, data, null));
		}
		return Optional.of(new UploadedImage(null, null, looksLikeSvg(file, data) ? Problem.SVG : Problem.NOT_AN_IMAGE));
	}

	public boolean ok() {
		return problem == null;
	}

	public static @Nullable String typeOf(byte[] data) {
		if (data.length >= PNG.length && Arrays.equals(Arrays.copyOf(data, PNG.length), PNG)) {
			return "image/png";
		}
		if (data.length >= 3 && (data[0] & 0xff) == 0xff && (data[1] & 0xff) == 0xd8 && (data[2] & 0xff) == 0xff) {
			return "image/jpeg";
		}
		if (data.length >= 12 && data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F' && data[8] == 'W'
				&& data[9] == 'E' && data[10] == 'B' && data[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

	private static boolean looksLikeSvg(MultipartFile file, byte[] data) {
		var name = String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT);
		var start = new String(data, 0, Math.min(data.length, 1024), java.nio.charset.StandardCharsets.UTF_8)
			.toLowerCase(Locale.ROOT);
		return name.endsWith(".svg") || name.endsWith(".svgz") || "image/svg+xml".equals(file.getContentType())
				|| start.contains("<svg");
	}
}
