package org.integrationskompass.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.integrationskompass.plan.domain.Direction;
import org.integrationskompass.plan.domain.FieldOfActionRepository;
import org.integrationskompass.plan.domain.Indicator;
import org.integrationskompass.plan.domain.IndicatorDetails;
import org.integrationskompass.plan.domain.MeasureDetails;
import org.integrationskompass.plan.domain.MeasureStatus;
import org.integrationskompass.plan.domain.PlanAdministration;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** Test data of the plan module, created through its own use cases. */
public final class PlanFixtures {

	private PlanFixtures() {
	}

	public static UUID measure(PlanAdministration administration, FieldOfActionRepository fields, String fieldSlug,
			String title, @Nullable UUID parent) {
		var field = fields.findBySlug(fieldSlug).orElseThrow().id();
		return administration.createMeasure(field, new MeasureDetails(parent,
				LocalizedText.german(title).with("en", title + " (en)").with("ar", "إجراء " + title),
				LocalizedText.german("Beschreibung von " + title), "Ministerium", LocalDate.of(2020, 1, 1),
				LocalDate.of(2028, 12, 31), MeasureStatus.IN_PROGRESS, BigDecimal.ONE), false).id();
	}

	public static Indicator indicator(PlanAdministration administration, UUID measure, String code, String title,
			Direction direction, @Nullable String baseline, String target) {
		return administration.createIndicator(code, new IndicatorDetails(measure,
				LocalizedText.german(title).with("en", title + " (en)").with("ar", "مؤشر " + title),
				LocalizedText.german("Ziel von " + title), LocalizedText.german("%"), direction,
				baseline == null ? null : new BigDecimal(baseline), baseline == null ? null : LocalDate.of(2019, 12, 31),
				new BigDecimal(target), LocalDate.of(2028, 12, 31), "Statistik", BigDecimal.ONE, false));
	}
}
