package org.integrationskompass.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class IndicatorChartTests {

	private static final PlanFormat GERMAN = new PlanFormat(Locale.GERMAN, new StaticMessageSource());

	@Test
	void drawsAnImageNamedByItsTitleAndTheSummaryWithBaselineTargetAndValuesApartByLineStyle() {
		var svg = chart("Anteil <Kinder> & \"Jugendliche\"", List.of(point(2020, "12,1"), point(2021, "11,8")));

		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("role=\"img\"", "direction=\"ltr\"",
				"aria-labelledby=\"chart-title-quote summary-quote\"",
				"<title id=\"chart-title-quote\">Anteil &lt;Kinder&gt; &amp; &quot;Jugendliche&quot;</title>");
		assertThat(svg).as("target dashed, baseline dotted").contains("stroke-dasharray=\"8 5\"", "stroke-dasharray=\"2 4\"");
		assertThat(svg).contains("<polyline").contains("<circle").contains("<polygon");
		assertThat(svg).contains(">2020<", ">2022<", ">Messwerte<", ">Ausgangswert<", ">Ziel<");
	}

	@Test
	void writesTheValueAxisInThePageLanguage() {
		var svg = IndicatorChart.svg("anteil", "summary-anteil", new IndicatorChart.Labels("Anteil", "Werte", "Basis", "Ziel"),
				List.of(point(2021, "0,3")), new IndicatorChart.Point(LocalDate.of(2020, 1, 1), BigDecimal.ZERO),
				new IndicatorChart.Point(LocalDate.of(2025, 1, 1), BigDecimal.ONE), GERMAN);

		assertThat(svg).contains(">0,25<", ">0,5<", ">0,75<").doesNotContain(">0.25<");
	}

	@Test
	void drawsBaselineAndTargetWithoutValuesYet() {
		var svg = chart("Quote", List.of());

		assertThat(svg).doesNotContain("<polyline").contains("stroke-dasharray=\"8 5\"").endsWith("</svg>");
	}

	@Test
	void showsTheYearsBeforeTheTargetWhenThereIsNothingElseYet() {
		var svg = IndicatorChart.svg("neu", "summary-neu", new IndicatorChart.Labels("Neu", "Werte", "Basis", "Ziel"), List.of(),
				null, new IndicatorChart.Point(LocalDate.of(2028, 12, 31), new BigDecimal("500")), GERMAN);

		assertThat(svg).contains(">2025<", ">2026<", ">2027<", ">2028<");
		assertThat(svg.split("stroke-dasharray=\"2 4\"", -1)).as("the baseline only in the legend").hasSize(2);
	}

	@Test
	void usesColoursThatPassContrastOnItsWhiteGround() {
		assertThat(contrast(IndicatorChart.TEXT)).isGreaterThanOrEqualTo(4.5);
		assertThat(contrast(IndicatorChart.VALUES)).isGreaterThanOrEqualTo(4.5);
		assertThat(contrast(IndicatorChart.TARGET)).isGreaterThanOrEqualTo(4.5);
		assertThat(contrast(IndicatorChart.BASELINE)).isGreaterThanOrEqualTo(3);
	}

	@Test
	void picksRoundStepsForTheValueAxis() {
		assertThat(IndicatorChart.niceStep(0.37)).isEqualTo(0.5);
		assertThat(IndicatorChart.niceStep(1100)).isEqualTo(2000);
		assertThat(IndicatorChart.niceStep(2.2)).isEqualTo(2.5);
	}

	private static String chart(String title, List<IndicatorChart.Point> points) {
		return IndicatorChart.svg("quote", "summary-quote",
				new IndicatorChart.Labels(title, "Messwerte", "Ausgangswert", "Ziel"), points,
				new IndicatorChart.Point(LocalDate.of(2019, 12, 31), new BigDecimal("12.4")),
				new IndicatorChart.Point(LocalDate.of(2028, 12, 31), new BigDecimal("8")), GERMAN);
	}

	private static IndicatorChart.Point point(int year, String value) {
		return new IndicatorChart.Point(LocalDate.of(year, 12, 31), new BigDecimal(value.replace(',', '.')));
	}

	/** WCAG 2.1 contrast ratio of a colour against white. */
	private static double contrast(String hex) {
		var rgb = Integer.parseInt(hex.substring(1), 16);
		var luminance = 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
		return 1.05 / (luminance + 0.05);
	}

	private static double channel(int value) {
		var c = (value & 0xff) / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}
}
