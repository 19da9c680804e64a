package org.integrationskompass.plan.domain;

import java.time.Clock;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff's changes to fields of action, measures and indicators. */
@Service
public class PlanAdministration {

	private final FieldOfActionRepository fields;

	private final MeasureRepository measures;

	private final IndicatorRepository indicators;

	private final Clock clock;

	PlanAdministration(FieldOfActionRepository fields, MeasureRepository measures, IndicatorRepository indicators,
			Clock clock) {
		this.fields = fields;
		this.measures = measures;
		this.indicators = indicators;
		this.clock = clock;
	}

	@Transactional
	public void describeField(UUID fieldId, LocalizedText title, LocalizedText description) {
		fields.findById(fieldId).orElseThrow().describe(title, description, clock.instant());
	}

	@Transactional
	public Measure createMeasure(UUID fieldId, MeasureDetails details, boolean demo) {
		return measures.save(new Measure(fieldId, details, demo, clock.instant()));
	}

	@Transactional
	public void updateMeasure(UUID measureId, MeasureDetails details) {
		measures.findById(measureId).orElseThrow().apply(details, clock.instant());
	}

	@Transactional
	public Indicator createIndicator(String code, IndicatorDetails details) {
		return indicators.save(new Indicator(code, details, clock.instant()));
	}

	@Transactional
	public void updateIndicator(UUID indicatorId, IndicatorDetails details) {
		indicators.findById(indicatorId).orElseThrow().apply(details, clock.instant());
	}

	/** Removes an indicator with all its values (the database cascades to them). */
	@Transactional
	public void removeIndicator(UUID indicatorId) {
		indicators.deleteById(indicatorId);
	}

	/**
	 * Removes a measure that has neither sub-measures nor indicators; one with parts stays, so that no measured
	 * values disappear by accident (staff remove the parts first).
	 *
	 * @return whether it was removed
	 */
	@Transactional
	public boolean removeMeasure(UUID measureId) {
		var hasParts = measures.findAll().stream().anyMatch(m -> measureId.equals(m.parentId()))
				|| !indicators.findByMeasureIdInOrderByCreatedAt(java.util.List.of(measureId)).isEmpty();
		if (hasParts) {
			return false;
		}
		measures.deleteById(measureId);
		return true;
	}
}
