package org.integrationskompass.regions.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.integrationskompass.regions.PlaceMatch;
import org.integrationskompass.regions.RegionDirectory;
import org.integrationskompass.regions.SharedGeodata;
import org.integrationskompass.regions.domain.DataSet;
import org.integrationskompass.regions.domain.GemeindeRepository;
import org.integrationskompass.regions.domain.PostcodeRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Imports the real open-data files from {@code ../shared/geo} (never part of the repository). Without them the
 * tests are skipped, except on CI, where they must be present.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GazetteerImportTests {

	private final GazetteerImport gazetteer;

	private final RegionDirectory regions;

	private final PostcodeRepository postcodes;

	private final GemeindeRepository gemeinden;

	private final MockMvc mvc;

	private ImportReport report;

	@Autowired
	GazetteerImportTests(GazetteerImport gazetteer, RegionDirectory regions, PostcodeRepository postcodes,
			GemeindeRepository gemeinden, MockMvc mvc) {
		this.gazetteer = gazetteer;
		this.regions = regions;
		this.postcodes = postcodes;
		this.gemeinden = gemeinden;
		this.mvc = mvc;
	}

	@BeforeEach
	void importSharedFiles() throws IOException {
		report = gazetteer.importDirectory(SharedGeodata.directory());
	}

	@Test
	void importsEveryKnownFileAndIgnoresTheOthers() {
		assertThat(report.failed()).isFalse();
		assertThat(report.files()).extracting(FileReport::dataSet).containsExactly(DataSet.KREIS_SHAPES,
				DataSet.MUNICIPALITIES, DataSet.POSTCODES, DataSet.GEONAMES_POSTCODES);
		assertThat(report.ignored()).contains("hessen_kreise.csv", "README.md");
	}

	@Test
	void findsGiessenForPostcode35390() {
		assertThat(regions.findByPostcode("35390")).singleElement().satisfies(match -> {
			assertThat(match.municipalityName()).isEqualTo("Gießen");
			assertThat(match.ags()).isEqualTo("06531005");
			assertThat(match.kreisKey()).isEqualTo("06531");
			assertThat(match.kreisName()).isEqualTo("Landkreis Gießen");
			assertThat(match.latitude()).isBetween(50.5, 50.7);
			assertThat(match.longitude()).isBetween(8.6, 8.8);
			assertThat(match.postcode()).isEqualTo("35390");
		});
	}

	@Test
	void findsHanauAsKreisfreieStadtForPostcode63450() {
		assertThat(regions.findByPostcode(" 63450 ")).singleElement().satisfies(match -> {
			assertThat(match.municipalityName()).isEqualTo("Hanau");
			assertThat(match.ags()).isEqualTo("06415000");
			assertThat(match.kreisKey()).isEqualTo("06415");
			assertThat(regions.findKreis(match.kreisKey()).orElseThrow().kreisfrei()).isTrue();
		});
	}

	@Test
	void findsBothMunicipalitiesOfAPostcodeThatSpansTwo() {
		assertThat(regions.findByPostcode("34233")).extracting(PlaceMatch::municipalityName, PlaceMatch::kreisKey)
			.containsExactly(tuple("Fuldatal", "06633"),
					tuple("Kassel", "06611"));
	}

	@Test
	void findsMunicipalitiesByNameIgnoringCaseAndUmlauts() {
		assertThat(regions.findByMunicipalityName("GIESSEN")).first().satisfies(match -> {
			assertThat(match.municipalityName()).isEqualTo("Gießen");
			assertThat(match.kreisName()).isEqualTo("Landkreis Gießen");
			assertThat(match.postcode()).isNull();
		});
		assertThat(regions.findByMunicipalityName("homburg")).extracting(PlaceMatch::ags).contains("06434001");
	}

	@Test
	void fillsGapsFromGeoNamesWithoutOverridingThePrimaryPostcodes() {
		assertThat(regions.findByPostcode("34111")).singleElement().satisfies(match -> {
			assertThat(match.municipalityName()).isEqualTo("Kassel");
			assertThat(match.ags()).isEqualTo("06611000");
		});
		// GeoNames still places Hanau in the Main-Kinzig-Kreis; the primary data wins.
		assertThat(regions.findByPostcode("63452")).extracting(PlaceMatch::kreisKey).containsExactly("06415");
		var geoNames = report.files().stream().filter(f -> f.dataSet() == DataSet.GEONAMES_POSTCODES).findFirst()
			.orElseThrow();
		assertThat(geoNames.skipped()).extracting(SkippedRow::reason)
			.contains("postcode known from the primary postcode data", "no municipality of the Kreis has this name");
	}

	@Test
	void reimportLeavesEverythingUnchanged() throws IOException {
		var postcodeCount = postcodes.count();
		var gemeindeCount = gemeinden.count();

		var again = gazetteer.importDirectory(SharedGeodata.directory());

		assertThat(postcodes.count()).isEqualTo(postcodeCount);
		assertThat(gemeinden.count()).isEqualTo(421);
		assertThat(gemeindeCount).isEqualTo(421);
		assertThat(again.files()).allSatisfy(file -> {
			assertThat(file.counts().inserted()).isZero();
			assertThat(file.counts().updated()).isZero();
			assertThat(file.counts().removed()).isZero();
		});
		var plz = again.files().stream().filter(f -> f.dataSet() == DataSet.POSTCODES).findFirst().orElseThrow();
		assertThat(plz.counts().unchanged()).isEqualTo(559);
		assertThat(plz.skipped()).isEmpty();
	}

	@Test
	void updatesAChangedRow(@TempDir Path directory) throws IOException {
		var original = Files.readString(SharedGeodata.directory().resolve("hessen_plz.csv"));
		var changed = original.replace("35390,Gießen,06531005,Landkreis Gießen,06531,50.58674,8.67619",
				"35390,Gießen,06531005,Landkreis Gießen,06531,50.5,8.6");
		assertThat(changed).isNotEqualTo(original);
		var file = Files.writeString(directory.resolve("hessen_plz.csv"), changed);

		var report = gazetteer.importFile(file);

		assertThat(report.counts().updated()).isEqualTo(1);
		assertThat(report.counts().unchanged()).isEqualTo(558);
		assertThat(regions.findByPostcode("35390")).singleElement().satisfies(match -> {
			assertThat(match.latitude()).isEqualTo(50.5);
			assertThat(match.longitude()).isEqualTo(8.6);
		});
	}

	@Test
	void reportsAndSkipsMalformedRows(@TempDir Path directory) throws IOException {
		var file = Files.writeString(directory.resolve("plz-test.csv"), """
				plz,municipality_name,ags,kreis_name,kreis_ags,lat,lon
				35390,Gießen,06531005,Landkreis Gießen,06531,50.58674,8.67619
				35392,Gießen,06531005,Landkreis Gießen,06531,8.67,50.58
				3539,Gießen,06531005,Landkreis Gießen,06531,50.58,8.67
				35394,Gießen,0653100X,Landkreis Gießen,06531,50.58,8.67
				80331,München,09162000,München,09162,48.13,11.57
				35396,Gießen,06531005,Landkreis Gießen,06532,50.58,8.67
				35398,Gießen,06531005,Landkreis Gießen,06531,50.58
				35390,Gießen,06531005,Landkreis Gießen,06531,50.58674,8.67619
				35399,,06531005,Landkreis Gießen,06531,50.58,8.67
				""");

		var report = gazetteer.importFile(file);

		assertThat(report.failed()).isFalse();
		assertThat(report.counts().rowsRead()).isEqualTo(9);
		assertThat(report.counts().unchanged()).isEqualTo(1);
		assertThat(report.skipped()).extracting(SkippedRow::location, SkippedRow::reason).containsExactly(
				tuple("line 3", "coordinates outside Germany"),
				tuple("line 4", "postcode is not five digits"),
				tuple("line 5", "AGS is not eight digits"),
				tuple("line 6", "unknown Kreis"),
				tuple("line 7", "Kreis key does not match the AGS"),
				tuple("line 8", "wrong number of columns"),
				tuple("line 9", "postcode and AGS repeated"),
				tuple("line 10", "empty municipality_name"));
		assertThat(regions.findByPostcode("35392")).singleElement()
			.satisfies(match -> assertThat(match.latitude()).isBetween(50.5, 50.7));
		assertThat(regions.findByPostcode("80331")).isEmpty();
	}

	@Test
	void skipsOutlinesOfUnknownKreiseAndWithBadCoordinates(@TempDir Path directory) throws IOException {
		var file = Files.writeString(directory.resolve("outlines.geojson"), """
				{"type":"FeatureCollection","features":[
				{"type":"Feature","properties":{"kreis_ags":"09162"},"geometry":{"type":"Polygon","coordinates":[[[11.5,48.1],[11.6,48.1],[11.6,48.2],[11.5,48.1]]]}},
				{"type":"Feature","properties":{"kreis_ags":"06411"},"geometry":{"type":"Polygon","coordinates":[[[49.8,8.6],[49.9,8.6],[49.9,8.7],[49.8,8.6]]]}},
				{"type":"Feature","properties":{"kreis_ags":"06412"},"geometry":{"type":"Point","coordinates":[8.6,50.1]}}
				]}""");

		var report = gazetteer.importFile(file);

		assertThat(report.counts().accepted()).isZero();
		assertThat(report.skipped()).extracting(SkippedRow::reason).containsExactly("unknown Kreis",
				"coordinates outside Germany", "geometry is not a Polygon or MultiPolygon");
		assertThat(regions.kreisShapes()).hasSize(27);
	}

	@Test
	void ignoresAFileThatLacksARequiredColumn(@TempDir Path directory) throws IOException {
		var file = Files.writeString(directory.resolve("hessen_gemeinden.csv"), """
				ags,name,name_official,kreis_ags,lat
				06531005,Gießen,Gießen,06531,50.5
				""");

		assertThat(gazetteer.importDirectory(directory).ignored()).containsExactly("hessen_gemeinden.csv");
	}

	@Test
	void offersAnOutlineForEveryKreis() {
		assertThat(regions.kreisShapes()).hasSize(27).allSatisfy(shape -> {
			assertThat(shape.geoJson()).containsPattern("^\\{\"type\":\"(Multi)?Polygon\",\"coordinates\":\\[");
		});
	}

	@Test
	void creditsEveryImportedDataSet() {
		assertThat(regions.attributions()).containsExactly(
				"© GeoBasis-DE / BKG 2021 (Daten verändert), dl-de/by-2-0, www.bkg.bund.de",
				"© Statistisches Bundesamt (Destatis), GV-ISys (Daten verändert), dl-de/by-2-0",
				"© OpenStreetMap-Mitwirkende, ODbL 1.0; aufbereitet von suche-postleitzahl.org",
				"GeoNames (geonames.org), CC BY 4.0, verändert");
	}

	@Test
	void rereadsTheCachedCreditsAfterAnImport() throws IOException {
		var before = regions.attributions();
		assertThat(regions.attributions()).isSameAs(before);

		gazetteer.importFile(SharedGeodata.directory().resolve("hessen_kreise.geojson"));

		assertThat(regions.attributions()).isNotSameAs(before).isEqualTo(before);
	}

	@Test
	void showsTheCreditsInTheImprint() throws Exception {
		mvc.perform(get("/impressum"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("© GeoBasis-DE / BKG")))
			.andExpect(content().string(containsString("© Statistisches Bundesamt (Destatis)")));
	}

	@Test
	void showsTheCreditsInThePageFooter() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"© OpenStreetMap-Mitwirkende, ODbL 1.0; aufbereitet von suche-postleitzahl.org")));
	}
}
