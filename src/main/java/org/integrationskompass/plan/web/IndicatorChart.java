package org.integrationskompass.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A line chart of an indicator's values against its baseline and target, as inline SVG built on the server (no
 * script). Colours are KERN UX tokens turned into hex (the chart draws its own white ground, so they hold in any
 * theme): text neutral-950 (18:1), values darkblue-700 (8.5:1), target green-700 (8.6:1), baseline neutral-650
 * (7:1) — all above 4.5:1 for text and 3:1 for graphics. Colour is never the only cue: the target is a dashed line
 * with diamonds, the baseline a dotted line with a square, the values a solid line with dots, and a legend names
 * them. The time axis runs left to right in every language ({@code dir="ltr"}); the surrounding page may be RTL.
 * The chart is an image whose accessible name is its title and the page's one-sentence summary, and the data table
 * next to it is its accessible equivalent.
 */
final class IndicatorChart {

	static final String TEXT = "#131525";

	static final String VALUES = "#2044aa";

	static final String TARGET = "#005916";

	static final String BASELINE = "#51577a";

	static final String GRID = "#c9ccd8";

	private static final int WIDTH = 640;

	private static final int HEIGHT = 320;

	private static final double LEFT = 76;

	private static final double RIGHT = 624;

	private static final double TOP = 16;

	private static final double BOTTOM = 236;

	/** A measured value to draw. */
	record Point(LocalDate date, BigDecimal value) {
	}

	/** The words the chart shows, in the page's language. */
	record Labels(String title, String values, String baseline, String target) {
	}

	private IndicatorChart() {
	}

	/**
	 * @param id a page-unique id part (the indicator's key)
	 * @param summaryId the id of the element with the one-sentence summary
	 */
	static String svg(String id, String summaryId, Labels labels, List<Point> points, @Nullable Point baseline,
			Point target, PlanFormat format) {
		var dates = new ArrayList<LocalDate>();
		var values = new ArrayList<Double>();
		points.forEach(p -> {
			dates.add(p.date());
			values.add(p.value().doubleValue());
		});
		if (baseline != null) {
			dates.add(baseline.date());
			values.add(baseline.value().doubleValue());
		}
		dates.add(target.date());
		values.add(target.value().doubleValue());
		long firstDay = dates.stream().mapToLong(LocalDate::toEpochDay).min().orElseThrow();
		long lastDay = dates.stream().mapToLong(LocalDate::toEpochDay).max().orElseThrow();
		if (firstDay == lastDay) {
			// only the target so far: show the four years leading up to it
			firstDay -= 4 * 365;
		}
		double low = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
		double high = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
		double span = high - low;
		if (span == 0) {
			span = Math.max(Math.abs(high) * 0.2, 1);
		}
		var step = niceStep(span / 4);
		var min = Math.floor((low - span * 0.05) / step) * step;
		var max = Math.ceil((high + span * 0.05) / step) * step;
		if (low >= 0 && min < 0) {
			min = 0;
		}
		var scale = new Scale(firstDay, lastDay, min, max);
		var titleId = "chart-title-" + id;

		var svg = new StringBuilder(4096);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ik-chart\" role=\"img\" direction=\"ltr\" viewBox=\"0 0 ")
			.append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
			.append("\" style=\"max-width:100%;height:auto\" aria-labelledby=\"").append(titleId).append(' ').append(summaryId)
			.append("\">");
		svg.append("<title id=\"").append(titleId).append("\">").append(escape(labels.title())).append("</title>");
		svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
			.append("\" fill=\"#ffffff\"/>");
		// value axis: grid lines and labels
		for (var tick = min; tick <= max + step / 2; tick += step) {
			var y = scale.y(tick);
			svg.append(line(LEFT, y, RIGHT, y, GRID, 1, null));
			svg.append(text(LEFT - 8, y + 4, "end", format.number(BigDecimal.valueOf(tick).setScale(6,
					java.math.RoundingMode.HALF_UP)), TEXT));
		}
		// time axis: a tick per year (every second one when the period is long), else the first and last day
		svg.append(line(LEFT, BOTTOM, RIGHT, BOTTOM, TEXT, 1.5, null));
		svg.append(line(LEFT, TOP, LEFT, BOTTOM, TEXT, 1.5, null));
		var years = new ArrayList<LocalDate>();
		for (var year = LocalDate.ofEpochDay(firstDay).getYear(); year <= LocalDate.ofEpochDay(lastDay).getYear(); year++) {
			var newYear = LocalDate.of(year, 1, 1);
			if (newYear.toEpochDay() >= firstDay && newYear.toEpochDay() <= lastDay) {
				years.add(newYear);
			}
		}
		if (years.size() >= 2) {
			var every = years.size() > 8 ? 2 : 1;
			for (var i = 0; i < years.size(); i += every) {
				var x = scale.x(years.get(i).toEpochDay());
				svg.append(line(x, BOTTOM, x, BOTTOM + 6, TEXT, 1.5, null));
				svg.append(text(x, BOTTOM + 22, "middle", String.format(Locale.ROOT, "%d", years.get(i).getYear()), TEXT));
			}
		}
		else {
			svg.append(text(LEFT, BOTTOM + 22, "start", format.date(LocalDate.ofEpochDay(firstDay)), TEXT));
			svg.append(text(RIGHT, BOTTOM + 22, "end", format.date(LocalDate.ofEpochDay(lastDay)), TEXT));
		}
		// baseline: dotted line and a square where it was measured
		if (baseline != null) {
			var y = scale.y(baseline.value().doubleValue());
			svg.append(line(LEFT, y, RIGHT, y, BASELINE, 2, "2 4"));
			var x = scale.x(baseline.date().toEpochDay());
			svg.append("<rect x=\"").append(f(x - 5)).append("\" y=\"").append(f(y - 5))
				.append("\" width=\"10\" height=\"10\" fill=\"").append(BASELINE).append("\"/>");
		}
		// target: dashed line and a diamond at its date
		var targetY = scale.y(target.value().doubleValue());
		svg.append(line(LEFT, targetY, RIGHT, targetY, TARGET, 2, "8 5"));
		var targetX = scale.x(target.date().toEpochDay());
		svg.append(diamond(targetX, targetY, TARGET));
		// the values: a solid line with dots
		if (!points.isEmpty()) {
			var path = new StringBuilder();
			for (var point : points) {
				path.append(path.isEmpty() ? "" : " ").append(f(scale.x(point.date().toEpochDay()))).append(',')
					.append(f(scale.y(point.value().doubleValue())));
			}
			svg.append("<polyline fill=\"none\" stroke=\"").append(VALUES).append("\" stroke-width=\"3\" points=\"")
				.append(path).append("\"/>");
			for (var point : points) {
				svg.append("<circle cx=\"").append(f(scale.x(point.date().toEpochDay()))).append("\" cy=\"")
					.append(f(scale.y(point.value().doubleValue()))).append("\" r=\"5\" fill=\"").append(VALUES)
					.append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
			}
		}
		// legend
		var legendY = HEIGHT - 26.0;
		svg.append(line(LEFT, legendY, LEFT + 28, legendY, VALUES, 3, null));
		svg.append("<circle cx=\"").append(f(LEFT + 14)).append("\" cy=\"").append(f(legendY)).append("\" r=\"5\" fill=\"")
			.append(VALUES).append("\"/>");
		svg.append(text(LEFT + 36, legendY + 4, "start", labels.values(), TEXT));
		var second = LEFT + 190;
		svg.append(line(second, legendY, second + 28, legendY, BASELINE, 2, "2 4"));
		svg.append("<rect x=\"").append(f(second + 9)).append("\" y=\"").append(f(legendY - 5))
			.append("\" width=\"10\" height=\"10\" fill=\"").append(BASELINE).append("\"/>");
		svg.append(text(second + 36, legendY + 4, "start", labels.baseline(), TEXT));
		var third = LEFT + 380;
		svg.append(line(third, legendY, third + 28, legendY, TARGET, 2, "8 5"));
		svg.append(diamond(third + 14, legendY, TARGET));
		svg.append(text(third + 36, legendY + 4, "start", labels.target(), TEXT));
		svg.append("</svg>");
		return svg.toString();
	}

	private record Scale(long firstDay, long lastDay, double min, double max) {

		double x(long day) {
			return LEFT + (RIGHT - LEFT) * (day - firstDay) / (double) (lastDay - firstDay);
		}

		double y(double value) {
			return BOTTOM - (BOTTOM - TOP) * (value - min) / (max - min);
		}
	}

	static double niceStep(double rough) {
		var magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
		var fraction = rough / magnitude;
		var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
		return nice * magnitude;
	}

	private static String line(double x1, double y1, double x2, double y2, String colour, double width,
			@Nullable String dashes) {
		return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\" stroke=\""
				+ colour + "\" stroke-width=\"" + f(width) + "\"" + (dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\"")
				+ "/>";
	}

	private static String diamond(double x, double y, String colour) {
		return "<polygon points=\"" + f(x) + "," + f(y - 7) + " " + f(x + 7) + "," + f(y) + " " + f(x) + "," + f(y + 7)
				+ " " + f(x - 7) + "," + f(y) + "\" fill=\"" + colour + "\"/>";
	}

	private static String text(double x, double y, String anchor, String content, String colour) {
		return "<text x=\"" + f(x) + "\" y=\"" + f(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"13\" fill=\"" + colour
				+ "\">" + escape(content) + "</text>";
	}

	private static String f(double number) {
		return String.format(Locale.ROOT, "%.1f", number);
	}

	static String escape(String text) {
		var out = new StringBuilder(text.length());
		for (var c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
