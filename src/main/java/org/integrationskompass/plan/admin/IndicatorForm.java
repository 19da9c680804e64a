package org.integrationskompass.plan.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.integrationskompass.plan.domain.Indicator;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An indicator as staff type it; numbers and dates as text, parsed by {@link PlanEditAdminController}. The key is
 * set once, when the indicator is created, because CSV files name the indicator by it.
 */
record IndicatorForm(
		@Size(max = 80, message = "{validation.tooLong}") @Nullable String code,
		@NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") @Nullable String titleDe,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String titleEn,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String titleAr,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String goalDe,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String goalEn,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String goalAr,
		@Size(max = 40, message = "{validation.tooLong}") @Nullable String unitDe,
		@Size(max = 40, message = "{validation.tooLong}") @Nullable String unitEn,
		@Size(max = 40, message = "{validation.tooLong}") @Nullable String unitAr,
		@Nullable String direction,
		@Size(max = 30, message = "{validation.tooLong}") @Nullable String baselineValue,
		@Nullable String baselineOn,
		@NotBlank(message = "{validation.required}") @Size(max = 30, message = "{validation.tooLong}") @Nullable String targetValue,
		@NotBlank(message = "{validation.required}") @Nullable String targetOn,
		@Size(max = 500, message = "{validation.tooLong}") @Nullable String dataSource,
		@NotBlank(message = "{validation.required}") @Size(max = 12, message = "{validation.tooLong}") @Nullable String weight,
		@Nullable Boolean demo) {

	static final List<String> FIELDS = List.of("code", "titleDe", "titleEn", "titleAr", "goalDe", "goalEn", "goalAr",
			"unitDe", "unitEn", "unitAr", "direction", "baselineValue", "baselineOn", "targetValue", "targetOn",
			"dataSource", "weight", "demo");

	static IndicatorForm empty() {
		return new IndicatorForm("", "", "", "", "", "", "", "%", "%", "%", "HIGHER_IS_BETTER", "", "", "", "", "", "1",
				false);
	}

	static IndicatorForm of(Indicator indicator) {
		return new IndicatorForm(indicator.code(), FieldForm.text(indicator.title(), "de"),
				FieldForm.text(indicator.title(), "en"), FieldForm.text(indicator.title(), "ar"),
				FieldForm.text(indicator.goal(), "de"), FieldForm.text(indicator.goal(), "en"),
				FieldForm.text(indicator.goal(), "ar"), FieldForm.text(indicator.unit(), "de"),
				FieldForm.text(indicator.unit(), "en"), FieldForm.text(indicator.unit(), "ar"), indicator.direction().name(),
				indicator.baselineValue() == null ? "" : PlanEditAdminController.german(indicator.baselineValue()),
				indicator.baselineOn() == null ? "" : indicator.baselineOn().toString(),
				PlanEditAdminController.german(indicator.targetValue()), indicator.targetOn().toString(),
				indicator.dataSource(), PlanEditAdminController.plain(indicator.weight()), indicator.demo());
	}

	LocalizedText title() {
		return FieldForm.localized(titleDe, titleEn, titleAr);
	}

	LocalizedText goal() {
		return FieldForm.localized(goalDe, goalEn, goalAr);
	}

	LocalizedText unit() {
		return FieldForm.localized(unitDe, unitEn, unitAr);
	}
}
