package org.integrationskompass.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The regions module on its own, with only its built-in reference data (no gazetteer imported). */
// Verification of the whole module model is ModularityTests' job; it would fail here on other modules' problems.
@ApplicationModuleTest
class RegionsModuleTests {

	private final RegionDirectory regions;

	@Autowired
	RegionsModuleTests(RegionDirectory regions) {
		this.regions = regions;
	}

	@Test
	void knowsTheThreeRegierungsbezirkeOfHessen() {
		assertThat(regions.regierungsbezirke()).containsExactly(new RegierungsbezirkSummary("064", "Darmstadt"),
				new RegierungsbezirkSummary("065", "Gießen"), new RegierungsbezirkSummary("066", "Kassel"));
	}

	@Test
	void knowsTwentySevenCurrentKreiseOfWhichSixAreKreisfrei() {
		var kreise = regions.currentKreise();

		assertThat(kreise).hasSize(27);
		assertThat(kreise).filteredOn(KreisSummary::kreisfrei).extracting(KreisSummary::key)
			.containsExactlyInAnyOrder("06411", "06412", "06413", "06414", "06415", "06611");
		assertThat(kreise).filteredOn(kreis -> kreis.regierungsbezirkKey().equals("065")).hasSize(5);
	}

	@Test
	void knowsHanauAsKreisfreieStadtSinceTheFirstOfJanuary2026() {
		var hanau = regions.findKreis("06415").orElseThrow();

		assertThat(hanau.name()).isEqualTo("Hanau");
		assertThat(hanau.type()).isEqualTo(KreisType.KREISFREIE_STADT);
		assertThat(hanau.regierungsbezirkName()).isEqualTo("Darmstadt");
		assertThat(hanau.isValidOn(LocalDate.of(2025, 12, 31))).isFalse();
		assertThat(hanau.isValidOn(LocalDate.of(2026, 1, 1))).isTrue();
	}

	@Test
	void placesTheKreisGiessenInTheRegierungsbezirkGiessen() {
		var giessen = regions.findKreis("06531").orElseThrow();

		assertThat(giessen.name()).isEqualTo("Landkreis Gießen");
		assertThat(giessen.type()).isEqualTo(KreisType.LANDKREIS);
		assertThat(giessen.regierungsbezirkName()).isEqualTo("Gießen");
	}

	@Test
	void sortsKreiseByNameWithoutTheirKindPrefix() {
		var names = regions.currentKreise().stream().map(KreisSummary::name).toList();

		assertThat(names).first().isEqualTo("Kreis Bergstraße");
		assertThat(names).containsSubsequence("Kassel", "Landkreis Kassel", "Lahn-Dill-Kreis");
		assertThat(names).last().isEqualTo("Wiesbaden");
	}

	@Test
	void findsNoKreisForAnUnknownKey() {
		assertThat(regions.findKreis("09162")).isEmpty();
	}

	@Test
	void findsNothingForSomethingThatIsNoPostcode() {
		assertThat(regions.findByPostcode("3539")).isEmpty();
		assertThat(regions.findByPostcode("35 390")).isEmpty();
		assertThat(regions.findByMunicipalityName("  ")).isEmpty();
		assertThat(regions.findByMunicipalityName("%")).isEmpty();
	}

	@Test
	void offersNoOutlinesAndNoCreditsBeforeAnyImport() {
		assertThat(regions.kreisShapes()).isEmpty();
		assertThat(regions.attributions()).isEmpty();
	}
}
