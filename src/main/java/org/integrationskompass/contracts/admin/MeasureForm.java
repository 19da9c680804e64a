package org.integrationskompass.contracts.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.integrationskompass.contracts.domain.Measure;
import org.integrationskompass.contracts.domain.MeasureStatus;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** The back-office form of a measure; progress is text as typed, checked by the controller. */
record MeasureForm(
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") @Nullable String titleDe,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String titleEn,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String titleAr,
		@Size(max = 3000, message = "{validation.tooLong}") @Nullable String descriptionDe,
		@Size(max = 3000, message = "{validation.tooLong}") @Nullable String descriptionEn,
		@Size(max = 3000, message = "{validation.tooLong}") @Nullable String descriptionAr,
		@Nullable String status,
		@NotBlank(message = "{validation.required}") @Nullable String progress) {

	static final List<String> FIELDS = List.of("titleDe", "titleEn", "titleAr", "descriptionDe", "descriptionEn",
			"descriptionAr", "status", "progress");

	static MeasureForm empty() {
		return new MeasureForm("", "", "", "", "", "", MeasureStatus.PLANNED.name(), "0");
	}

	static MeasureForm of(Measure measure) {
		return new MeasureForm(text(measure.title(), "de"), text(measure.title(), "en"), text(measure.title(), "ar"),
				text(measure.description(), "de"), text(measure.description(), "en"), text(measure.description(), "ar"),
				measure.status().name(), Integer.toString(measure.progress()));
	}

	LocalizedText title() {
		return LocalizedText.of(Map.of("de", orEmpty(titleDe), "en", orEmpty(titleEn), "ar", orEmpty(titleAr)));
	}

	LocalizedText description() {
		return LocalizedText.of(Map.of("de", orEmpty(descriptionDe), "en", orEmpty(descriptionEn), "ar",
				orEmpty(descriptionAr)));
	}

	private static String text(LocalizedText text, String language) {
		return text.get(language).orElse("");
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}
}
