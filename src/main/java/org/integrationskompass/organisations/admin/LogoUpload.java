package org.integrationskompass.organisations.admin;

import java.util.Optional;
import org.integrationskompass.shared.web.UploadedImage;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded logo, checked by {@link UploadedImage} (content, not name: PNG, JPEG or WebP, never SVG).
 *
 * @param contentType the type found in the file's first bytes; null when there is an error
 * @param errorCode message key of what is wrong; null when the logo is fine
 */
record LogoUpload(@Nullable String contentType, byte @Nullable [] data, @Nullable String errorCode) {

	static final long MAX_BYTES = 1024 * 1024;

	/** The checked logo, empty when no file was chosen. */
	static Optional<LogoUpload> of(@Nullable MultipartFile file) {
		return UploadedImage.of(file, MAX_BYTES).map(image -> new LogoUpload(image.contentType(), image.data(),
				image.problem() == null ? null : switch (image.problem()) {
					case TOO_LARGE -> "organisations.admin.form.logo.tooLarge";
					case SVG -> "organisations.admin.form.logo.svg";
					case NOT_AN_IMAGE -> "organisations.admin.form.logo.notAnImage";
				}));
	}

	boolean ok() {
		return errorCode == null;
	}

	static @Nullable String typeOf(byte[] data) {
		return UploadedImage.typeOf(data);
	}
}
