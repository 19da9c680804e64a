package org.integrationskompass.plan.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole plan as a tree with progress at every level: fields of action, their measures and sub-measures, and
 * the indicators with their values. A plan has a few hundred rows at most, so it is read in four queries and
 * assembled in memory.
 */
@Service
public class PlanOverview {

	private final FieldOfActionRepository fields;

	private final MeasureRepository measures;

	private final IndicatorRepository indicators;

	private final IndicatorValueRepository values;

	PlanOverview(FieldOfActionRepository fields, MeasureRepository measures, IndicatorRepository indicators,
			IndicatorValueRepository values) {
		this.fields = fields;
		this.measures = measures;
		this.indicators = indicators;
		this.values = values;
	}

	/** An indicator with its values (oldest first) and its progress. */
	public record IndicatorNode(Indicator indicator, List<IndicatorValue> values, Progress progress) {

		public @Nullable IndicatorValue latest() {
			return values.isEmpty() ? null : values.get(values.size() - 1);
		}
	}

	/** A measure with its sub-measures, indicators and progress. */
	public record MeasureNode(Measure measure, List<MeasureNode> children, List<IndicatorNode> indicators,
			Progress progress) {

		/** This measure's indicators and those of all its sub-measures. */
		public List<IndicatorNode> allIndicators() {
			var all = new ArrayList<>(indicators);
			children.forEach(child -> all.addAll(child.allIndicators()));
			return all;
		}
	}

	/** A field of action with its top-level measures and progress. */
	public record FieldNode(FieldOfAction field, List<MeasureNode> measures, Progress progress) {

		public List<IndicatorNode> allIndicators() {
			return measures.stream().flatMap(measure -> measure.allIndicators().stream()).toList();
		}
	}

	@Transactional(readOnly = true)
	public List<FieldNode> plan() {
		var allMeasures = measures.findAllByOrderByCreatedAt();
		var valuesByIndicator = values.findAllByOrderByMeasuredOn().stream()
			.collect(Collectors.groupingBy(IndicatorValue::indicatorId));
		var indicatorsByMeasure = indicators.findAllByOrderByCreatedAt().stream()
			.map(indicator -> {
				var own = valuesByIndicator.getOrDefault(indicator.id(), List.of());
				var latest = own.isEmpty() ? null : own.get(own.size() - 1);
				return new IndicatorNode(indicator, own, indicator.progress(latest));
			})
			.collect(Collectors.groupingBy(node -> node.indicator().measureId()));
		var byId = allMeasures.stream().collect(Collectors.toMap(Measure::id, m -> m));
		var childrenOf = allMeasures.stream()
			.filter(m -> m.parentId() != null && isParentInSameField(m, byId))
			.collect(Collectors.groupingBy(m -> java.util.Objects.requireNonNull(m.parentId())));
		return fields.findAllByOrderByPosition().stream().map(field -> {
			var roots = allMeasures.stream()
				.filter(m -> m.fieldOfActionId().equals(field.id()))
				.filter(m -> m.parentId() == null || !isParentInSameField(m, byId))
				.map(m -> node(m, childrenOf, indicatorsByMeasure, new HashSet<>()))
				.toList();
			var progress = ProgressRules.weightedMean(roots.stream()
				.map(root -> new ProgressRules.Part(root.progress(), root.measure().weight())).toList());
			return new FieldNode(field, roots, progress);
		}).toList();
	}

	@Transactional(readOnly = true)
	public Optional<FieldNode> field(String slug) {
		return plan().stream().filter(node -> node.field().slug().equals(slug)).findFirst();
	}

	private static boolean isParentInSameField(Measure measure, Map<UUID, Measure> byId) {
		var parent = byId.get(measure.parentId());
		return parent != null && parent.fieldOfActionId().equals(measure.fieldOfActionId());
	}

	private static MeasureNode node(Measure measure, Map<UUID, List<Measure>> childrenOf,
			Map<UUID, List<IndicatorNode>> indicatorsByMeasure, Set<UUID> path) {
		path.add(measure.id());
		var children = childrenOf.getOrDefault(measure.id(), List.of()).stream()
			.filter(child -> !path.contains(child.id()))
			.sorted(Comparator.comparing(Measure::createdAt))
			.map(child -> node(child, childrenOf, indicatorsByMeasure, new HashSet<>(path)))
			.toList();
		var own = indicatorsByMeasure.getOrDefault(measure.id(), List.of());
		var parts = new ArrayList<ProgressRules.Part>();
		own.forEach(node -> parts.add(new ProgressRules.Part(node.progress(), node.indicator().weight())));
		children.forEach(child -> parts.add(new ProgressRules.Part(child.progress(), child.measure().weight())));
		return new MeasureNode(measure, children, own, ProgressRules.weightedMean(parts));
	}
}
