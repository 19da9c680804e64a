package org.integrationskompass.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.integrationskompass.plan.domain.FieldOfAction;
import org.integrationskompass.plan.domain.FieldOfActionRepository;
import org.integrationskompass.plan.domain.Measure;
import org.integrationskompass.plan.domain.MeasureRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's measures for other modules (contracts and the conference refer to them by {@link MeasureId}). */
@Service
public class PlanCatalog {

	private final MeasureRepository measures;

	private final FieldOfActionRepository fields;

	PlanCatalog(MeasureRepository measures, FieldOfActionRepository fields) {
		this.measures = measures;
		this.fields = fields;
	}

	/** All measures, sub-measures included, in the order they were added. */
	@Transactional(readOnly = true)
	public List<MeasureSummary> findMeasures() {
		var slugs = fields.findAll().stream().collect(Collectors.toMap(FieldOfAction::id, FieldOfAction::slug));
		return measures.findAllByOrderByCreatedAt().stream().map(measure -> summary(measure, slugs)).toList();
	}

	@Transactional(readOnly = true)
	public Optional<MeasureSummary> findMeasure(MeasureId id) {
		var slugs = fields.findAll().stream().collect(Collectors.toMap(FieldOfAction::id, FieldOfAction::slug));
		return measures.findById(id.value()).map(measure -> summary(measure, slugs));
	}

	private static MeasureSummary summary(Measure measure, Map<UUID, String> slugs) {
		return new MeasureSummary(new MeasureId(measure.id()), measure.title(),
				new FieldOfActionId(measure.fieldOfActionId()), slugs.getOrDefault(measure.fieldOfActionId(), ""),
				measure.parentId() == null ? null : new MeasureId(measure.parentId()), measure.status().name());
	}
}
