package org.integrationskompass.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.integrationskompass.PortalClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A visitor finds the plan from the home page and reads it, with the demo plan of a first start. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.demo.enabled=true")
class VisitorFollowsTheIntegrationPlanTests {

	@LocalServerPort
	int port;

	@Test
	void goesFromTheHomePageToAFieldOfActionAndAnIndicatorWithProgressChartAndTable() {
		var visitor = new PortalClient(port);
		var home = visitor.get("/").body();
		assertThat(home).contains("href=\"/integrationsplan\"").contains(">Integrationsplan<");

		var plan = visitor.get("/integrationsplan");
		assertThat(plan.statusCode()).isEqualTo(200);
		assertThat(plan.headers().allValues("Set-Cookie")).as("no cookie for anonymous visitors").isEmpty();
		assertThat(plan.body()).contains("Sprache und Bildung", "Wirtschaft und Arbeitsmarkt", "Zuwanderung und Flüchtlinge",
				"Religion, Kultur und Medien", "href=\"/integrationsplan/sprache-und-bildung\"", "Demowerte");
		assertThat(count(plan.body(), "class=\"kern-badge ik-plan-progress")).isEqualTo(7);

		var field = visitor.get("/integrationsplan/sprache-und-bildung").body();
		assertThat(field).contains("Sprachförderung vor der Einschulung", "Teilmaßnahme: Vorlaufkurse in Kitas ausbauen",
				"Fortschritt: 49 %", "Fortschritt: 100 % (Ziel übertroffen)", "role=\"img\"", "<table");
		assertThat(field).as("German numbers").contains("82,9 %", "31.12.2024");
		assertThat(field).as("the link to this field's part of the monitor")
			.contains("href=\"/integrationsplan/monitor#handlungsfeld-sprache-und-bildung\"");
		assertThat(visitor.get("/integrationsplan/monitor").body()).contains("id=\"handlungsfeld-sprache-und-bildung\"");

		var indicator = visitor.get("/integrationsplan/indikatoren/schulabgang-ohne-abschluss").body();
		assertThat(indicator).contains("niedriger ist besser", "Fortschritt: 39 %", "stroke-dasharray=\"8 5\"",
				"aria-labelledby=\"chart-title-schulabgang-ohne-abschluss summary-schulabgang-ohne-abschluss\"",
				"id=\"summary-schulabgang-ohne-abschluss\"");
	}

	@Test
	void showsAnIndicatorWithoutValuesAsNoDataYetNeverAsZeroPercent() {
		var page = new PortalClient(port).get("/integrationsplan/indikatoren/volontariate-vielfalt").body();

		assertThat(page).contains("Fortschritt: noch keine Daten").contains("data-progress=\"no-data\"")
			.doesNotContain("Fortschritt: 0 %");
		var field = new PortalClient(port).get("/integrationsplan/religion-kultur-medien").body();
		assertThat(field).contains("Fortschritt: noch keine Daten").doesNotContain("Fortschritt: 0 %");
	}

	@Test
	void showsTheMonitorInEnglishAndArabicWithNumbersOfThePageLanguageAndTheChartLeftToRight() {
		var english = new PortalClient(port).get("/en/integrationsplan/monitor").body();
		assertThat(english).contains("Integration monitor", "82.9 %", "Dec 31, 2024", "lower is better", "18,250 children");
		assertThat(new PortalClient(port).get("/en/integrationsplan").body()).contains("The state&#39;s integration plan")
			.doesNotContain("&#39;&#39;")
			.contains("Measures: 2 · indicators: 3 · with measured values: 3");

		var arabic = new PortalClient(port).get("/ar/integrationsplan/monitor").body();
		assertThat(arabic).contains("dir=\"rtl\"", "مرصد الاندماج", "class=\"ik-plan-chart\" dir=\"ltr\"", "direction=\"ltr\"");
		assertThat(arabic).as("an untranslated title is marked as German in the Arabic summary").contains(
				"id=\"summary-sprachstand-einschulung\"><span lang=\"de\" dir=\"ltr\">Kinder mit altersgerechten");
	}

	@Test
	void offersAPrintViewOfTheWholeMonitor() {
		var visitor = new PortalClient(port);
		var print = visitor.get("/integrationsplan/monitor/druck");
		var parameter = visitor.get("/integrationsplan/monitor?druck");

		assertThat(print.statusCode()).isEqualTo(200);
		assertThat(print.body()).contains("Integrationsmonitor – Druckansicht", "ik-plan-monitor--print")
			.doesNotContain("Alle Indikatordaten als CSV-Datei");
		assertThat(parameter.body()).contains("Integrationsmonitor – Druckansicht");
		assertThat(count(print.body(), "role=\"img\"")).isGreaterThanOrEqualTo(12);
	}

	@Test
	void downloadsAllIndicatorDataAsACsvFileForGermanExcel() {
		var csv = new PortalClient(port).get("/integrationsplan/monitor/indikatoren.csv");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).contains("attachment"));
		var body = csv.body();
		assertThat(body).startsWith("\uFEFFHandlungsfeld;Maßnahme;Indikator-Schlüssel;Indikator;Einheit;Richtung;Art;Datum;Wert;");
		var lines = body.split("\r\n");
		assertThat(lines).contains(
				"Sprache und Bildung;Sprachförderung vor der Einschulung;sprachstand-einschulung;Kinder mit altersgerechten"
						+ " Deutschkenntnissen bei der Schuleingangsuntersuchung;%;höher ist besser;Messwert;31.12.2020;78,5;"
						+ "Schuleingangsuntersuchungen der Gesundheitsämter;ja",
				"Sprache und Bildung;Vorlaufkurse in Kitas ausbauen;vorlaufkurse-kinder;Kinder in Vorlaufkursen;Kinder;"
						+ "höher ist besser;Messwert;31.12.2024;18250;Statistik des Kultusministeriums;ja");
		assertThat(Arrays.stream(lines).skip(1)).allSatisfy(line -> assertThat(line.split(";", -1)).hasSize(11));
		assertThat(Arrays.stream(lines).filter(line -> line.contains(";Messwert;"))).hasSizeGreaterThanOrEqualTo(40);
	}

	@Test
	void answersAnUnknownFieldOrIndicatorWith404() {
		var visitor = new PortalClient(port);

		assertThat(visitor.get("/integrationsplan/gibt-es-nicht").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/integrationsplan/indikatoren/gibt-es-nicht").statusCode()).isEqualTo(404);
	}

	private static long count(String text, String part) {
		return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
	}
}
