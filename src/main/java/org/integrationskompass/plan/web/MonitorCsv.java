package org.integrationskompass.plan.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.integrationskompass.plan.domain.PlanOverview.FieldNode;
import org.integrationskompass.plan.domain.PlanOverview.IndicatorNode;
import org.integrationskompass.plan.domain.PlanOverview.MeasureNode;
import org.jspecify.annotations.Nullable;

/**
 * All indicator data as a CSV file that German Excel opens correctly by double click: UTF-8 with BOM (else umlauts
 * break), semicolons between cells, decimal comma without thousands dots ("1234,5"), dates as 31.12.2024. These are
 * fixed whatever the page's language, because the file's users are mostly German offices; the header row and the
 * texts follow the page's language. One row per baseline, measured value and target. Text cells that a spreadsheet
 * would take for a formula (=, +, -, @) get a leading apostrophe.
 */
final class MonitorCsv {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

	private MonitorCsv() {
	}

	static byte[] of(List<FieldNode> plan, PlanFormat format) {
		var out = new StringBuilder("\uFEFF");
		line(out, List.of(format.message("plan.csv.field"), format.message("plan.csv.measure"), format.message("plan.csv.code"),
				format.message("plan.csv.indicator"), format.message("plan.csv.unit"), format.message("plan.csv.direction"),
				format.message("plan.csv.kind"), format.message("plan.csv.date"), format.message("plan.csv.value"),
				format.message("plan.csv.source"), format.message("plan.csv.demo")));
		for (var field : plan) {
			for (var measure : field.measures()) {
				measure(out, field, measure, format);
			}
		}
		var bytes = new ByteArrayOutputStream();
		bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
		return bytes.toByteArray();
	}

	private static void measure(StringBuilder out, FieldNode field, MeasureNode measure, PlanFormat format) {
		for (var indicator : measure.indicators()) {
			indicator(out, field, measure, indicator, format);
		}
		for (var child : measure.children()) {
			measure(out, field, child, format);
		}
	}

	private static void indicator(StringBuilder out, FieldNode field, MeasureNode measure, IndicatorNode node,
			PlanFormat format) {
		var indicator = node.indicator();
		if (indicator.baselineValue() != null) {
			row(out, field, measure, node, format, "plan.table.kind.baseline", indicator.baselineOn(), indicator.baselineValue());
		}
		for (var value : node.values()) {
			row(out, field, measure, node, format, "plan.table.kind.value", value.measuredOn(), value.value());
		}
		row(out, field, measure, node, format, "plan.table.kind.target", indicator.targetOn(), indicator.targetValue());
	}

	private static void row(StringBuilder out, FieldNode field, MeasureNode measure, IndicatorNode node, PlanFormat format,
			String kindKey, @Nullable LocalDate date, BigDecimal value) {
		var indicator = node.indicator();
		var locale = format.locale();
		out.append(text(field.field().title().in(locale).text())).append(';')
			.append(text(measure.measure().title().in(locale).text())).append(';')
			.append(text(indicator.code())).append(';')
			.append(text(indicator.title().in(locale).text())).append(';')
			.append(text(indicator.unit().in(locale).text())).append(';')
			.append(text(format.message(indicator.direction().messageKey()))).append(';')
			.append(text(format.message(kindKey))).append(';')
			.append(date == null ? "" : DATE.format(date)).append(';')
			.append(number(value)).append(';')
			.append(text(indicator.dataSource())).append(';')
			.append(text(indicator.demo() ? format.message("plan.csv.demo.yes") : format.message("plan.csv.demo.no")))
			.append("\r\n");
	}

	private static void line(StringBuilder out, List<String> cells) {
		out.append(String.join(";", cells.stream().map(MonitorCsv::text).toList())).append("\r\n");
	}

	static String number(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	static String text(String value) {
		var cell = value;
		if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
			cell = "'" + cell;
		}
		if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
			cell = "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}
}
