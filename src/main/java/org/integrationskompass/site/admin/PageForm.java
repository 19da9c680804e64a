package org.integrationskompass.site.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.site.domain.MenuPlacement;
import org.integrationskompass.site.domain.PageBodies;
import org.integrationskompass.site.domain.PageContent;
import org.integrationskompass.site.domain.SitePage;
import org.jspecify.annotations.Nullable;

/**
 * The back-office form of a page: texts in German (required), English and Arabic, the place in the tree and the
 * menu, and a note for the version history. Numbers are text as typed, so a wrong one comes back with a message.
 */
record PageForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") @Nullable String titleDe,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String titleEn,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String titleAr,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String summaryDe,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String summaryEn,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String summaryAr,
		@Size(max = PageBodies.MAX_LENGTH, message = "{site.admin.pages.form.body.tooLong}") @Nullable String bodyDe,
		@Size(max = PageBodies.MAX_LENGTH, message = "{site.admin.pages.form.body.tooLong}") @Nullable String bodyEn,
		@Size(max = PageBodies.MAX_LENGTH, message = "{site.admin.pages.form.body.tooLong}") @Nullable String bodyAr,
		@Size(max = 80, message = "{validation.tooLong}") @Nullable String slug,
		@Nullable String parentId,
		@Size(max = 6, message = "{site.admin.pages.form.number.invalid}") @Nullable String position,
		@Nullable String menu,
		@Size(max = 6, message = "{site.admin.pages.form.number.invalid}") @Nullable String menuOrder,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String note,
		/* when the page was last saved as this form was opened: a later save by someone else is a conflict */
		@Nullable String editedFrom) {

	static final List<String> FIELDS = List.of("titleDe", "titleEn", "titleAr", "summaryDe", "summaryEn", "summaryAr",
			"bodyDe", "bodyEn", "bodyAr", "slug", "parentId", "position", "menu", "menuOrder", "note");

	static PageForm empty(@Nullable String parentId) {
		return new PageForm("", "", "", "", "", "", "", "", "", "", parentId == null ? "" : parentId, "0",
				MenuPlacement.NONE.name(), "0", "", null);
	}

	static PageForm of(SitePage page, PageContent content) {
		return new PageForm(text(content.title(), "de"), text(content.title(), "en"), text(content.title(), "ar"),
				text(content.summary(), "de"), text(content.summary(), "en"), text(content.summary(), "ar"),
				text(content.body(), "de"), text(content.body(), "en"), text(content.body(), "ar"), page.slug(),
				page.parentId() == null ? "" : String.valueOf(page.parentId()), Integer.toString(page.position()),
				page.menu().name(), Integer.toString(page.menuOrder()), "", page.updatedAt().toString());
	}

	PageContent content() {
		return new PageContent(localized(titleDe, titleEn, titleAr), localized(summaryDe, summaryEn, summaryAr),
				localized(bodyDe, bodyEn, bodyAr));
	}

	private static LocalizedText localized(@Nullable String de, @Nullable String en, @Nullable String ar) {
		return LocalizedText.of(Map.of("de", orEmpty(de), "en", orEmpty(en), "ar", orEmpty(ar)));
	}

	private static String text(LocalizedText text, String language) {
		return text.get(language).orElse("");
	}

	static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}
}
