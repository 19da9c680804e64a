package org.integrationskompass.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.integrationskompass.plan.domain.Indicator;
import org.integrationskompass.plan.domain.PlanOverview.FieldNode;
import org.integrationskompass.plan.domain.PlanOverview.IndicatorNode;
import org.integrationskompass.plan.domain.PlanOverview.MeasureNode;
import org.integrationskompass.plan.domain.Progress;
import org.integrationskompass.shared.domain.Translation;
import org.jspecify.annotations.Nullable;

/** Turns the plan tree into what the pages show, with every number and date written in the page's language. */
final class PlanViews {

	/** A line of an indicator's data table: the baseline, a measured value or the target. */
	record ValueRow(String kindKey, String date, String isoDate, String value, @Nullable String note) {
	}

	/**
	 * An indicator as the pages show it, with chart, summary sentence (after the title, which may be in another
	 * language than the page: the template marks it) and data table.
	 */
	record IndicatorView(String code, Translation title, Translation goal, String unit, String directionKey,
			String baseline, String target, @Nullable String latest, Progress progress, String progressText,
			String summaryId, String summary, String chart, List<ValueRow> rows, String dataSource, boolean demo) {
	}

	/** A measure with its indicators and sub-measures. */
	record MeasureView(UUID id, Translation title, Translation description, String statusKey, String responsibleBody,
			@Nullable String period, Progress progress, String progressText, List<IndicatorView> indicators,
			List<MeasureView> children) {
	}

	/** A field of action with its measures. */
	record FieldView(String slug, Translation title, Translation description, Progress progress, String progressText,
			int indicatorCount, int indicatorsWithData, List<MeasureView> measures, boolean demo) {

		public List<IndicatorView> allIndicators() {
			var all = new ArrayList<IndicatorView>();
			measures.forEach(measure -> collect(measure, all));
			return all;
		}

		private static void collect(MeasureView measure, List<IndicatorView> into) {
			into.addAll(measure.indicators());
			measure.children().forEach(child -> collect(child, into));
		}
	}

	private PlanViews() {
	}

	static FieldView field(FieldNode node, PlanFormat format) {
		var indicators = node.allIndicators();
		return new FieldView(node.field().slug(), node.field().title().in(format.locale()),
				node.field().description().in(format.locale()), node.progress(), format.progress(node.progress()),
				indicators.size(), (int) indicators.stream().filter(i -> !i.values().isEmpty()).count(),
				node.measures().stream().map(m -> measure(m, format)).toList(),
				indicators.stream().anyMatch(i -> i.indicator().demo()));
	}

	static MeasureView measure(MeasureNode node, PlanFormat format) {
		var measure = node.measure();
		String period = null;
		if (measure.startsOn() != null && measure.endsOn() != null) {
			period = format.message("plan.period.between", format.date(measure.startsOn()), format.date(measure.endsOn()));
		}
		else if (measure.startsOn() != null) {
			period = format.message("plan.period.from", format.date(measure.startsOn()));
		}
		else if (measure.endsOn() != null) {
			period = format.message("plan.period.until", format.date(measure.endsOn()));
		}
		return new MeasureView(measure.id(), measure.title().in(format.locale()), measure.description().in(format.locale()),
				measure.status().messageKey(), measure.responsibleBody(), period, node.progress(),
				format.progress(node.progress()), node.indicators().stream().map(i -> indicator(i, format)).toList(),
				node.children().stream().map(c -> measure(c, format)).toList());
	}

	static IndicatorView indicator(IndicatorNode node, PlanFormat format) {
		var indicator = node.indicator();
		var title = indicator.title().in(format.locale());
		var unit = indicator.unit().in(format.locale()).text();
		var baseline = indicator.baselineValue() == null ? format.message("plan.baseline.none")
				: format.message("plan.valueOn", format.value(indicator.baselineValue(), unit), date(indicator.baselineOn(), format));
		var target = format.message("plan.targetBy", format.value(indicator.targetValue(), unit), format.date(indicator.targetOn()));
		var latest = node.latest();
		var latestText = latest == null ? null
				: format.message("plan.valueOn", format.value(latest.value(), unit), format.date(latest.measuredOn()));
		var progressText = format.progress(node.progress());
		var direction = format.message(indicator.direction().messageKey());
		var summary = latest == null
				? format.message("plan.summary.noValues", direction, baseline, target)
				: format.message("plan.summary.measured", direction, latestText, baseline, target, progressText);
		var summaryId = "summary-" + indicator.code();
		var rows = new ArrayList<ValueRow>();
		if (indicator.baselineValue() != null) {
			rows.add(new ValueRow("plan.table.kind.baseline", date(indicator.baselineOn(), format),
					indicator.baselineOn() == null ? "" : indicator.baselineOn().toString(),
					format.value(indicator.baselineValue(), unit), null));
		}
		node.values().forEach(value -> rows.add(new ValueRow("plan.table.kind.value", format.date(value.measuredOn()),
				value.measuredOn().toString(), format.value(value.value(), unit), value.note())));
		rows.add(new ValueRow("plan.table.kind.target", format.date(indicator.targetOn()), indicator.targetOn().toString(),
				format.value(indicator.targetValue(), unit), null));
		var chart = IndicatorChart.svg(indicator.code(), summaryId,
				new IndicatorChart.Labels(format.message("plan.chart.title", title.text()),
						format.message("plan.chart.legend.values"), format.message("plan.chart.legend.baseline"),
						format.message("plan.chart.legend.target")),
				node.values().stream().map(v -> new IndicatorChart.Point(v.measuredOn(), v.value())).toList(),
				baselinePoint(indicator, node), new IndicatorChart.Point(indicator.targetOn(), indicator.targetValue()), format);
		return new IndicatorView(indicator.code(), title, indicator.goal().in(format.locale()), unit,
				indicator.direction().messageKey(), baseline, target, latestText, node.progress(), progressText, summaryId,
				summary, chart, rows, indicator.dataSource(), indicator.demo());
	}

	/** The baseline as a point; one without a date is drawn at the first value's date (or the target's). */
	private static IndicatorChart.@Nullable Point baselinePoint(Indicator indicator, IndicatorNode node) {
		if (indicator.baselineValue() == null) {
			return null;
		}
		LocalDate when = indicator.baselineOn();
		if (when == null) {
			when = node.values().isEmpty() ? indicator.targetOn() : node.values().get(0).measuredOn();
		}
		return new IndicatorChart.Point(when, indicator.baselineValue());
	}

	private static String date(@Nullable LocalDate date, PlanFormat format) {
		return date == null ? format.message("plan.date.none") : format.date(date);
	}
}
