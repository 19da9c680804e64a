package org.integrationskompass.conference.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A result of a session and, optionally, the plan measure it belongs to. */
record ResultForm(
		@NotBlank(message = "{validation.required}") @Size(max = 2000, message = "{validation.tooLong}") @Nullable String resultDe,
		@Size(max = 2000, message = "{validation.tooLong}") @Nullable String resultEn,
		@Size(max = 2000, message = "{validation.tooLong}") @Nullable String resultAr,
		@Nullable String measureId) {

	static ResultForm empty() {
		return new ResultForm("", "", "", "");
	}

	LocalizedText text() {
		return LocalizedText.of(Map.of("de", Texts.orEmpty(resultDe), "en", Texts.orEmpty(resultEn), "ar",
				Texts.orEmpty(resultAr)));
	}
}
