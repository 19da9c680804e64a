package org.integrationskompass.site.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.site.domain.LinkAddress;
import org.integrationskompass.site.domain.LinkDetails;
import org.integrationskompass.site.domain.LinkEntry;
import org.jspecify.annotations.Nullable;

/** The back-office form of a link: title and description in three languages, the address and its categories. */
record LinkForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String titleDe,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String titleEn,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String titleAr,
		@NotBlank(message = "{validation.required}") @Size(max = LinkAddress.MAX_LENGTH, message = "{validation.tooLong}") @Nullable String url,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String descriptionDe,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String descriptionEn,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String descriptionAr,
		@Nullable List<String> categoryIds) {

	static final List<String> FIELDS = List.of("titleDe", "titleEn", "titleAr", "url", "descriptionDe", "descriptionEn",
			"descriptionAr", "categoryIds");

	static LinkForm empty() {
		return new LinkForm("", "", "", "", "", "", "", List.of());
	}

	static LinkForm of(LinkEntry link) {
		return new LinkForm(text(link.title(), "de"), text(link.title(), "en"), text(link.title(), "ar"), link.url(),
				text(link.description(), "de"), text(link.description(), "en"), text(link.description(), "ar"),
				link.categories().stream().map(category -> category.id().toString()).toList());
	}

	LinkDetails details() {
		return new LinkDetails(localized(titleDe, titleEn, titleAr), PageForm.orEmpty(url).strip(),
				localized(descriptionDe, descriptionEn, descriptionAr));
	}

	List<String> chosenCategories() {
		return categoryIds == null ? List.of() : categoryIds;
	}

	static LocalizedText localized(@Nullable String de, @Nullable String en, @Nullable String ar) {
		return LocalizedText.of(Map.of("de", PageForm.orEmpty(de), "en", PageForm.orEmpty(en), "ar", PageForm.orEmpty(ar)));
	}

	static String text(LocalizedText text, String language) {
		return text.get(language).orElse("");
	}
}
