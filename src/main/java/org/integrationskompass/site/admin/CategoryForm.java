package org.integrationskompass.site.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.integrationskompass.site.domain.LinkCategory;
import org.jspecify.annotations.Nullable;

/** A category of the link collection: its name in three languages, the address part of its filter and its order. */
record CategoryForm(
		@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") @Nullable String nameDe,
		@Size(max = 100, message = "{validation.tooLong}") @Nullable String nameEn,
		@Size(max = 100, message = "{validation.tooLong}") @Nullable String nameAr,
		@Size(max = 80, message = "{validation.tooLong}") @Nullable String slug,
		@Size(max = 6, message = "{site.admin.pages.form.number.invalid}") @Nullable String position) {

	static final List<String> FIELDS = List.of("nameDe", "nameEn", "nameAr", "slug", "position");

	static CategoryForm empty(int position) {
		return new CategoryForm("", "", "", "", Integer.toString(position));
	}

	static CategoryForm of(LinkCategory category) {
		return new CategoryForm(LinkForm.text(category.name(), "de"), LinkForm.text(category.name(), "en"),
				LinkForm.text(category.name(), "ar"), category.slug(), Integer.toString(category.position()));
	}
}
