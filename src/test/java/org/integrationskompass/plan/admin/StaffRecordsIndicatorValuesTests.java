package org.integrationskompass.plan.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.AccountFixtures;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.organisations.StaffBrowser;
import org.integrationskompass.plan.PlanFixtures;
import org.integrationskompass.plan.domain.Direction;
import org.integrationskompass.plan.domain.FieldOfActionRepository;
import org.integrationskompass.plan.domain.Indicator;
import org.integrationskompass.plan.domain.IndicatorValue;
import org.integrationskompass.plan.domain.IndicatorValueRepository;
import org.integrationskompass.plan.domain.PlanAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff record indicator values by hand and import them from CSV files, through the real portal. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.demo.enabled=false")
class StaffRecordsIndicatorValuesTests {

	private static final String IMPORT = "/admin/integrationsplan/import";

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	PlanAdministration administration;

	@Autowired
	FieldOfActionRepository fields;

	@Autowired
	IndicatorValueRepository values;

	StaffBrowser staff;

	Indicator quota;

	Indicator waiting;

	@BeforeEach
	void signInAsEditorAndCreateIndicators() {
		var suffix = UUID.randomUUID().toString().substring(0, 8);
		var measure = PlanFixtures.measure(administration, fields, "zuwanderung-und-fluechtlinge", "Ankommen " + suffix, null);
		quota = PlanFixtures.indicator(administration, measure, "quote-" + suffix, "Beratungsquote " + suffix,
				Direction.HIGHER_IS_BETTER, "40", "80");
		waiting = PlanFixtures.indicator(administration, measure, "wartezeit-" + suffix, "Wartezeit " + suffix,
				Direction.LOWER_IS_BETTER, "14", "6");
		staff = new StaffBrowser(port);
		staff.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
	}

	@Test
	void importsAFileWithGermanNumbersAfterCheckingItAndShowsTheProgress() {
		var csv = "Indikator;Datum;Wert;Anmerkung\n" + quota.code() + ";31.12.2024;52,5;vorläufig\n" + waiting.code()
				+ ";2024-12-31;1.5\n" + waiting.code() + ";31.12.2025;1.234,5\n";

		var checked = upload(csv, "check");
		assertThat(checked.statusCode()).isEqualTo(200);
		assertThat(checked.body()).contains("Alle 3 Zeilen sind in Ordnung").doesNotContain("data-error-summary");
		assertThat(stored(quota)).as("checking stores nothing").isEmpty();

		var imported = upload(csv, "import");
		assertThat(imported.body()).contains("3 Messwerte sind gespeichert.");
		assertThat(stored(quota)).extracting(IndicatorValue::value).singleElement()
			.satisfies(value -> assertThat(value).isEqualByComparingTo("52.5"));
		assertThat(stored(waiting)).extracting(IndicatorValue::value).usingElementComparator(java.math.BigDecimal::compareTo)
			.containsExactly(new java.math.BigDecimal("1.5"), new java.math.BigDecimal("1234.5"));
		var page = new PortalClient(port).get("/integrationsplan/indikatoren/" + quota.code()).body();
		assertThat(page).contains("Fortschritt: 31 %", "52,5 %", "vorläufig");
	}

	@Test
	void reportsEveryBadRowWithItsReasonAndStoresNothing() {
		var csv = quota.code() + ";31.12.2024;52,5\n" + "gibt-es-nicht;31.12.2024;1\n" + quota.code() + ";31.12.2099;3\n"
				+ waiting.code() + ";31.12.2024;zwölf\n" + quota.code() + ";31.12.2024;53\n" + waiting.code() + ";;4\n"
				+ waiting.code() + ";30.06.2024;1.234\n";

		var answer = upload(csv, "import");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("data-error-summary", "6 von 7 Zeilen sind fehlerhaft",
				"Einen Indikator mit diesem Schlüssel gibt es nicht.", "Das Datum liegt in der Zukunft",
				"Der Wert ist keine Zahl", "schon eine Zeile weiter oben", "Es fehlt eine Angabe", "Der Wert ist mehrdeutig",
				"Es wurde nichts gespeichert.", "zwölf");
		assertThat(stored(quota)).isEmpty();
		assertThat(stored(waiting)).isEmpty();
	}

	@Test
	void explainsAFileThatIsNotCsvOrMissingWithoutAServerError() {
		var png = staff.submit(IMPORT, IMPORT, Map.of("mode", List.of("import")),
				new StaffBrowser.Upload("bild.png", "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 1, 2 }, "file"));
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(png.body()).contains("Die Datei ist keine Textdatei (CSV).");

		var none = staff.submit(IMPORT, IMPORT, Map.of("mode", List.of("import")), null);
		assertThat(none.statusCode()).isEqualTo(200);
		assertThat(none.body()).contains("Bitte wählen Sie eine CSV-Datei aus.");
	}

	@Test
	void recordsAValueByHandAndKeepsWhatWasTypedWhenItIsWrong() {
		var page = "/admin/integrationsplan/indikatoren/" + quota.id();
		var action = page + "/werte";

		var wrong = staff.submit(page, action, Map.of("date", List.of("31.12.2099"), "value", List.of("1,5"), "note",
				List.of("grobe Schaetzung")), null);
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("ik-error-summary", "href=\"#date\"", "Das Datum liegt in der Zukunft",
				"value=\"1,5\"", "value=\"grobe Schaetzung\"");
		var notANumber = staff.submit(page, action, Map.of("date", List.of("31.12.2024"), "value", List.of("viel")), null);
		assertThat(notANumber.body()).contains("href=\"#value\"", "Der Wert ist keine Zahl", "value=\"viel\"");
		assertThat(stored(quota)).isEmpty();

		var saved = staff.submit(page, action, Map.of("date", List.of("31.12.2024"), "value", List.of("1.234,5")), null);
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(stored(quota)).extracting(IndicatorValue::value).singleElement()
			.satisfies(value -> assertThat(value).isEqualByComparingTo("1234.5"));
		assertThat(staff.get(page).body()).contains("Der Messwert ist gespeichert.");
	}

	@Test
	void keepsVisitorsOutOfTheBackOffice() {
		var visitor = new PortalClient(port);

		assertThat(visitor.get(IMPORT).statusCode()).isEqualTo(302);
		assertThat(visitor.get("/admin/integrationsplan").statusCode()).isEqualTo(302);
	}

	private java.net.http.HttpResponse<String> upload(String csv, String mode) {
		return staff.submit(IMPORT, IMPORT, Map.of("mode", List.of(mode)),
				new StaffBrowser.Upload("werte.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), "file"));
	}

	private List<IndicatorValue> stored(Indicator indicator) {
		return values.findByIndicatorIdOrderByMeasuredOn(indicator.id());
	}
}
