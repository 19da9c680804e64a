package org.integrationskompass.contracts.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The upload form of a contract's document: a PDF, its title and whether it is an accessible PDF. */
record DocumentForm(
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") @Nullable String titleDe,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String titleEn,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String titleAr,
		@Nullable Boolean accessible, @Nullable MultipartFile file) {

	static final List<String> FIELDS = List.of("titleDe", "titleEn", "titleAr", "accessible", "file");

	static DocumentForm empty() {
		return new DocumentForm("", "", "", false, null);
	}

	LocalizedText title() {
		return LocalizedText.of(Map.of("de", orEmpty(titleDe), "en", orEmpty(titleEn), "ar", orEmpty(titleAr)));
	}

	boolean isAccessible() {
		return Boolean.TRUE.equals(accessible);
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}
}
