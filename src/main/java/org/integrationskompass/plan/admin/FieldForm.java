package org.integrationskompass.plan.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import org.integrationskompass.plan.domain.FieldOfAction;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** The texts of a field of action in German, English and Arabic. */
record FieldForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String titleDe,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String titleEn,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String titleAr,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String descriptionDe,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String descriptionEn,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String descriptionAr) {

	static FieldForm of(FieldOfAction field) {
		return new FieldForm(text(field.title(), "de"), text(field.title(), "en"), text(field.title(), "ar"),
				text(field.description(), "de"), text(field.description(), "en"), text(field.description(), "ar"));
	}

	LocalizedText title() {
		return localized(titleDe, titleEn, titleAr);
	}

	LocalizedText description() {
		return localized(descriptionDe, descriptionEn, descriptionAr);
	}

	static String text(LocalizedText text, String language) {
		return text.get(language).orElse("");
	}

	static LocalizedText localized(@Nullable String de, @Nullable String en, @Nullable String ar) {
		var map = new HashMap<String, String>();
		if (de != null) {
			map.put("de", de);
		}
		if (en != null) {
			map.put("en", en);
		}
		if (ar != null) {
			map.put("ar", ar);
		}
		return LocalizedText.of(map);
	}
}
