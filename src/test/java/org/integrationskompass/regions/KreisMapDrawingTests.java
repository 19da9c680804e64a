package org.integrationskompass.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.integrationskompass.regions.KreisMap.LegendEntry;
import org.junit.jupiter.api.Test;

/** Projecting outlines onto the SVG plane, and shading counts; no application needed. */
class KreisMapDrawingTests {

	private static final String SQUARE = """
			{"type":"Polygon","coordinates":[[[8.0,51.0],[9.0,51.0],[9.0,50.0],[8.0,50.0],[8.0,51.0]]]}""";

	private static final String SQUARE_WITH_HOLE = """
			{"type":"Polygon","coordinates":[[[8.0,51.0],[9.0,51.0],[9.0,50.0],[8.0,50.0],[8.0,51.0]],
			[[8.4,50.6],[8.6,50.6],[8.6,50.4],[8.4,50.4],[8.4,50.6]]]}""";

	private static final String CITY_IN_THE_HOLE = """
			{"type":"MultiPolygon","coordinates":[[[[8.4,50.6],[8.6,50.6],[8.6,50.4],[8.4,50.4],[8.4,50.6]]]]}""";

	@Test
	void projectsTheOutlinesIntoAViewBoxOneThousandWideWithNorthAtTheTop() {
		var map = KreisMapDrawing.draw(List.of(new KreisShape("06531", "Landkreis Gießen", SQUARE)));

		// One degree of longitude at 50.5° N is cos(50.5°) = 0.636 of a degree of latitude.
		assertThat(map.viewBox()).isEqualTo("0 0 1000 1573");
		assertThat(map.outlines()).singleElement().satisfies(outline -> {
			assertThat(outline.key()).isEqualTo("06531");
			assertThat(outline.svgPath()).isEqualTo("M0 0L1000 0L1000 1572.1L0 1572.1L0 0Z");
			assertThat(outline.labelX()).isEqualTo(500);
			assertThat(outline.labelY()).isCloseTo(786.05, org.assertj.core.data.Offset.offset(0.1));
		});
	}

	@Test
	void keepsHolesAsSubpathsAndDrawsTheLargerKreisFirstSoTheCityInsideStaysVisible() {
		var map = KreisMapDrawing.draw(List.of(new KreisShape("06611", "Kassel", CITY_IN_THE_HOLE),
				new KreisShape("06633", "Landkreis Kassel", SQUARE_WITH_HOLE)));

		assertThat(map.outlines()).extracting(KreisOutline::key).containsExactly("06633", "06611");
		assertThat(map.outlines().get(0).svgPath())
			.isEqualTo("M0 0L1000 0L1000 1572.1L0 1572.1L0 0ZM400 628.9L600 628.9L600 943.3L400 943.3L400 628.9Z");
	}

	@Test
	void skipsBrokenOutlinesAndIsEmptyWithoutAny() {
		assertThat(KreisMapDrawing.draw(List.of())).satisfies(map -> assertThat(map.isEmpty()).isTrue());
		assertThat(KreisMapDrawing.draw(List.of(new KreisShape("06531", "Gießen", "not json"),
				new KreisShape("06532", "Lahn-Dill-Kreis", "{\"type\":\"Point\",\"coordinates\":[8,50]}"))).isEmpty())
			.isTrue();
	}

	@Test
	void shadesCountsInFourRangesUpToTheLargestAndNamesThemInTheLegend() {
		var map = KreisMapDrawing.draw(List.of(new KreisShape("06531", "Gießen", SQUARE)));
		var counts = Map.of("06531", 8L, "06532", 1L, "06533", 3L, "06534", 5L, "06535", 7L);

		assertThat(map.shade(counts, "06999")).isZero();
		assertThat(map.shade(counts, "06532")).isEqualTo(1);
		assertThat(map.shade(counts, "06533")).isEqualTo(2);
		assertThat(map.shade(counts, "06534")).isEqualTo(3);
		assertThat(map.shade(counts, "06535")).isEqualTo(4);
		assertThat(map.shade(counts, "06531")).isEqualTo(4);
		assertThat(map.legend(counts)).containsExactly(new LegendEntry(0, 0, 0), new LegendEntry(1, 1, 2),
				new LegendEntry(2, 3, 4), new LegendEntry(3, 5, 6), new LegendEntry(4, 7, 8));
	}

	@Test
	void leavesOutRangesNoCountCanFallInAndGivesTheLargestCountTheDarkestShade() {
		var map = KreisMap.none();

		assertThat(map.legend(Map.of("06531", 1L))).containsExactly(new LegendEntry(0, 0, 0), new LegendEntry(4, 1, 1));
		assertThat(map.legend(Map.of("06531", 3L))).containsExactly(new LegendEntry(0, 0, 0), new LegendEntry(2, 1, 1),
				new LegendEntry(3, 2, 2), new LegendEntry(4, 3, 3));
		assertThat(map.legend(Map.of())).containsExactly(new LegendEntry(0, 0, 0));
		assertThat(map.shade(Map.of("06531", 1L), "06531")).as("the largest count is always darkest").isEqualTo(4);
	}

	@Test
	void drawsEachKreisWithItsCountShadeAndLinkAndWithoutALinkWhereThereIsNone() {
		var map = KreisMapDrawing.draw(List.of(new KreisShape("06611", "Kassel", CITY_IN_THE_HOLE),
				new KreisShape("06633", "Landkreis Kassel", SQUARE_WITH_HOLE)));

		var areas = map.areas(Map.of("06611", 4L, "06633", 1L), Map.of("06611", "/angebote?kreis=06611"));

		assertThat(areas).extracting(KreisMap.Area::key).containsExactly("06633", "06611");
		assertThat(areas.get(1)).satisfies(kassel -> {
			assertThat(kassel.name()).isEqualTo("Kassel");
			assertThat(kassel.countText()).isEqualTo("4");
			assertThat(kassel.shade()).isEqualTo(4);
			assertThat(kassel.link()).isEqualTo("/angebote?kreis=06611");
		});
		assertThat(areas.get(0)).satisfies(landkreis -> {
			assertThat(landkreis.shade()).isEqualTo(map.shade(Map.of("06611", 4L, "06633", 1L), "06633")).isEqualTo(1);
			assertThat(landkreis.link()).isNull();
		});
	}
}
