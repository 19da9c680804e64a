package org.integrationskompass.plan.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.AccountFixtures;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.organisations.StaffBrowser;
import org.integrationskompass.plan.domain.Direction;
import org.integrationskompass.plan.domain.FieldOfActionRepository;
import org.integrationskompass.plan.domain.IndicatorRepository;
import org.integrationskompass.plan.domain.MeasureRepository;
import org.integrationskompass.plan.domain.MeasureStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff keep fields of action, measures and indicators in the back office, through the real portal. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.demo.enabled=false")
class StaffEditsThePlanTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	FieldOfActionRepository fields;

	@Autowired
	MeasureRepository measures;

	@Autowired
	IndicatorRepository indicators;

	StaffBrowser staff;

	@BeforeEach
	void signInAsEditor() {
		staff = new StaffBrowser(port);
		staff.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
	}

	@Test
	void createsAMeasureWithASubMeasureAndAnIndicatorThatVisitorsSee() {
		var field = fields.findBySlug("gesundheit-pflege-familie-gleichberechtigung").orElseThrow();
		var newMeasure = "/admin/integrationsplan/handlungsfelder/" + field.id() + "/massnahmen/neu";
		var suffix = UUID.randomUUID().toString().substring(0, 6);

		var created = staff.submit(newMeasure, newMeasure, measure("Gesundheitslotsen " + suffix, "", "01.01.2025",
				"31.12.2028", "IN_PROGRESS", "2"), null);
		assertThat(created.statusCode()).isEqualTo(302);
		var parent = measures.findByFieldOfActionIdOrderByCreatedAt(field.id()).stream()
			.filter(m -> m.title().in("de").text().equals("Gesundheitslotsen " + suffix)).findFirst().orElseThrow();
		assertThat(parent.status()).isEqualTo(MeasureStatus.IN_PROGRESS);
		assertThat(parent.weight()).isEqualByComparingTo("2");
		assertThat(parent.startsOn()).hasToString("2025-01-01");

		var sub = staff.submit(newMeasure, newMeasure, measure("Schulung " + suffix, parent.id().toString(), "2025-03-01",
				"", "PLANNED", "1"), null);
		assertThat(sub.statusCode()).isEqualTo(302);
		var subPath = URI.create(sub.headers().firstValue("Location").orElseThrow()).getPath();
		var subId = UUID.fromString(subPath.substring(subPath.lastIndexOf('/') + 1));
		assertThat(measures.findById(subId).orElseThrow().parentId()).isEqualTo(parent.id());

		var newIndicator = "/admin/integrationsplan/massnahmen/" + parent.id() + "/indikatoren/neu";
		var code = "lotsen-" + suffix;
		var indicator = staff.submit(newIndicator, newIndicator, indicator(code, "LOWER_IS_BETTER", "20", "31.12.2024",
				"12,5", "31.12.2028"), null);
		assertThat(indicator.statusCode()).isEqualTo(302);
		var stored = indicators.findByCode(code).orElseThrow();
		assertThat(stored.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
		assertThat(stored.targetValue()).isEqualByComparingTo("12.5");

		var page = new PortalClient(port).get("/integrationsplan/gesundheit-pflege-familie-gleichberechtigung").body();
		assertThat(page).contains("Gesundheitslotsen " + suffix, "Teilmaßnahme: Schulung " + suffix,
				"Wartezeit " + suffix, "Fortschritt: noch keine Daten");
	}

	@Test
	void explainsEveryMistakeInTheIndicatorFormAndKeepsWhatWasTyped() {
		var field = fields.findBySlug("religion-kultur-medien").orElseThrow();
		var newMeasure = "/admin/integrationsplan/handlungsfelder/" + field.id() + "/massnahmen/neu";
		var wrongMeasure = staff.submit(newMeasure, newMeasure, measure("Medien", UUID.randomUUID().toString(), "31.12.2028",
				"01.01.2025", "FERTIG", "-1"), null);
		assertThat(wrongMeasure.statusCode()).isEqualTo(200);
		assertThat(wrongMeasure.body()).contains("ik-error-summary", "href=\"#parentId\"", "href=\"#endsOn\"",
				"href=\"#status\"", "href=\"#weight\"", "Das Ende liegt vor dem Beginn.", "value=\"-1\"");

		var created = staff.submit(newMeasure, newMeasure, measure("Medien", "", "", "", "PLANNED", "1"), null);
		var path = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
		var newIndicator = path + "/indikatoren/neu";

		var answer = staff.submit(newIndicator, newIndicator, indicator("Mit Leerzeichen", "HIGHER_IS_BETTER", "1.234",
				"2024-02-30", "10", "morgen"), null);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("ik-error-summary", "href=\"#code\"", "href=\"#baselineValue\"",
				"href=\"#baselineOn\"", "href=\"#targetOn\"", "Der Wert ist mehrdeutig", "value=\"Mit Leerzeichen\"",
				"value=\"1.234\"", "value=\"morgen\"");
		var wrongWay = staff.submit(newIndicator, newIndicator, indicator("medien-quote", "HIGHER_IS_BETTER", "20",
				"31.12.2024", "10", "31.12.2028"), null);
		assertThat(wrongWay.body()).contains("href=\"#targetValue\"", "falschen Seite des Ausgangswerts");
		assertThat(indicators.findByCode("medien-quote")).isEmpty();
	}

	@Test
	void removesAnIndicatorWithItsValuesAndThenItsMeasureButOnlyWhenConfirmedAndEmpty() {
		var field = fields.findBySlug("wirtschaft-und-arbeitsmarkt").orElseThrow();
		var newMeasure = "/admin/integrationsplan/handlungsfelder/" + field.id() + "/massnahmen/neu";
		var created = staff.submit(newMeasure, newMeasure, measure("Alt", "", "", "", "DONE", "1"), null);
		var measurePage = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
		var measureId = UUID.fromString(measurePage.substring(measurePage.lastIndexOf('/') + 1));
		var code = "alt-" + UUID.randomUUID().toString().substring(0, 6);
		var newIndicator = measurePage + "/indikatoren/neu";
		staff.submit(newIndicator, newIndicator, indicator(code, "HIGHER_IS_BETTER", "1", "31.12.2020", "2", "31.12.2028"), null);
		var indicator = indicators.findByCode(code).orElseThrow();
		var valuePage = "/admin/integrationsplan/indikatoren/" + indicator.id();
		staff.submit(valuePage, valuePage + "/werte", Map.of("date", List.of("31.12.2024"), "value", List.of("1,5")), null);

		var stillThere = staff.submit(measurePage, measurePage + "/entfernen", Map.of("confirm", List.of("yes")), null);
		assertThat(stillThere.statusCode()).isEqualTo(302);
		assertThat(staff.get(measurePage).body()).contains("Die Maßnahme hat noch Teilmaßnahmen oder Indikatoren.");
		assertThat(measures.findById(measureId)).isPresent();

		var editIndicator = valuePage + "/bearbeiten";
		staff.submit(editIndicator, valuePage + "/entfernen", Map.of(), null);
		assertThat(indicators.findById(indicator.id())).as("not confirmed").isPresent();
		staff.submit(editIndicator, valuePage + "/entfernen", Map.of("confirm", List.of("yes")), null);
		assertThat(indicators.findById(indicator.id())).isEmpty();
		assertThat(new PortalClient(port).get("/integrationsplan/indikatoren/" + code).statusCode()).isEqualTo(404);

		staff.submit(measurePage, measurePage + "/entfernen", Map.of("confirm", List.of("yes")), null);
		assertThat(measures.findById(measureId)).isEmpty();
	}

	@Test
	void editsTheTextsOfAFieldOfActionInThreeLanguages() {
		var field = fields.findBySlug("zuwanderung-und-fluechtlinge").orElseThrow();
		var form = "/admin/integrationsplan/handlungsfelder/" + field.id();

		var empty = staff.submit(form, form, Map.of("titleDe", List.of(""), "titleEn", List.of("Immigration")), null);
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("href=\"#titleDe\"", "value=\"Immigration\"");

		var saved = staff.submit(form, form, Map.of("titleDe", List.of("Zuwanderung und Flucht"), "titleEn",
				List.of("Immigration and refuge"), "descriptionDe", List.of("Ankommen in Hessen")), null);
		assertThat(saved.statusCode()).isEqualTo(302);
		var visitor = new PortalClient(port);
		assertThat(visitor.get("/integrationsplan/zuwanderung-und-fluechtlinge").body()).contains("Zuwanderung und Flucht",
				"Ankommen in Hessen");
		assertThat(visitor.get("/en/integrationsplan").body()).contains("Immigration and refuge");
	}

	private static Map<String, List<String>> measure(String title, String parent, String from, String to, String status,
			String weight) {
		var form = new HashMap<String, List<String>>();
		form.put("titleDe", List.of(title));
		form.put("titleEn", List.of(title + " (en)"));
		form.put("parentId", List.of(parent));
		form.put("responsibleBody", List.of("Ministerium"));
		form.put("startsOn", List.of(from));
		form.put("endsOn", List.of(to));
		form.put("status", List.of(status));
		form.put("weight", List.of(weight));
		return form;
	}

	private static Map<String, List<String>> indicator(String code, String direction, String baseline, String baselineOn,
			String target, String targetOn) {
		var form = new HashMap<String, List<String>>();
		form.put("code", List.of(code));
		form.put("titleDe", List.of("Wartezeit " + code.replace("lotsen-", "")));
		form.put("goalDe", List.of("Kurze Wartezeiten"));
		form.put("unitDe", List.of("Tage"));
		form.put("direction", List.of(direction));
		form.put("baselineValue", List.of(baseline));
		form.put("baselineOn", List.of(baselineOn));
		form.put("targetValue", List.of(target));
		form.put("targetOn", List.of(targetOn));
		form.put("dataSource", List.of("Statistik"));
		form.put("weight", List.of("1"));
		return form;
	}
}
