package org.integrationskompass.plan.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.integrationskompass.plan.domain.Measure;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A measure as staff type it; dates and weight as text, parsed by {@link PlanEditAdminController}. */
record MeasureForm(
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") @Nullable String titleDe,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String titleEn,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String titleAr,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String descriptionDe,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String descriptionEn,
		@Size(max = 5000, message = "{validation.tooLong}") @Nullable String descriptionAr,
		@Nullable String parentId,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") @Nullable String responsibleBody,
		@Nullable String startsOn, @Nullable String endsOn, @Nullable String status,
		@NotBlank(message = "{validation.required}") @Size(max = 12, message = "{validation.tooLong}") @Nullable String weight) {

	static final List<String> FIELDS = List.of("titleDe", "titleEn", "titleAr", "descriptionDe", "descriptionEn",
			"descriptionAr", "parentId", "responsibleBody", "startsOn", "endsOn", "status", "weight");

	static MeasureForm empty() {
		return new MeasureForm("", "", "", "", "", "", "", "", "", "", "PLANNED", "1");
	}

	static MeasureForm of(Measure measure) {
		return new MeasureForm(FieldForm.text(measure.title(), "de"), FieldForm.text(measure.title(), "en"),
				FieldForm.text(measure.title(), "ar"), FieldForm.text(measure.description(), "de"),
				FieldForm.text(measure.description(), "en"), FieldForm.text(measure.description(), "ar"),
				measure.parentId() == null ? "" : measure.parentId().toString(), measure.responsibleBody(),
				measure.startsOn() == null ? "" : measure.startsOn().toString(),
				measure.endsOn() == null ? "" : measure.endsOn().toString(), measure.status().name(),
				PlanEditAdminController.plain(measure.weight()));
	}

	LocalizedText title() {
		return FieldForm.localized(titleDe, titleEn, titleAr);
	}

	LocalizedText description() {
		return FieldForm.localized(descriptionDe, descriptionEn, descriptionAr);
	}
}
