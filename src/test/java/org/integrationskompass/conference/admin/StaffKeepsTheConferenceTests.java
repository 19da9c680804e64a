package org.integrationskompass.conference.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.AccountFixtures;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.conference.domain.ConferenceSessionRepository;
import org.integrationskompass.conference.domain.MemberRepository;
import org.integrationskompass.conference.domain.SessionDocumentRepository;
import org.integrationskompass.conference.domain.WorkingGroupRepository;
import org.integrationskompass.organisations.StaffBrowser;
import org.integrationskompass.plan.PlanFixtures;
import org.integrationskompass.plan.domain.FieldOfActionRepository;
import org.integrationskompass.plan.domain.PlanAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An editor keeps the conference through the real back office: members, a working group, a session and its parts. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.demo.enabled=false")
class StaffKeepsTheConferenceTests {

	private static final String ADMIN = "/admin/integrationskonferenz";

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MemberRepository members;

	@Autowired
	WorkingGroupRepository groups;

	@Autowired
	ConferenceSessionRepository sessions;

	@Autowired
	SessionDocumentRepository documents;

	@Autowired
	PlanAdministration plan;

	@Autowired
	FieldOfActionRepository fields;

	@Autowired
	DocumentLimit limit;

	StaffBrowser staff;

	String suffix;

	@BeforeEach
	void signInAsEditor() {
		suffix = UUID.randomUUID().toString().substring(0, 8);
		staff = new StaffBrowser(port);
		staff.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
	}

	@Test
	void addsMembersByNameRefusesEmptyAndDuplicateInputAndRemovesThemAgain() {
		var empty = staff.submit(ADMIN, ADMIN + "/mitglieder", form("organisationId", "", "name", "  "), null);
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("data-error-summary", "Wählen Sie eine Organisation aus oder geben Sie einen Namen ein.");

		var name = "Landesverband " + suffix;
		var added = staff.submit(ADMIN, ADMIN + "/mitglieder", form("organisationId", "", "name", name), null);
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(staff.get(ADMIN).body()).contains("„" + name + "“ ist jetzt Mitglied.");

		var again = staff.submit(ADMIN, ADMIN + "/mitglieder", form("organisationId", "", "name", name.toUpperCase()), null);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("Diese Organisation ist schon Mitglied.", "value=\"" + name.toUpperCase() + "\"");

		var unknown = staff.submit(ADMIN, ADMIN + "/mitglieder", form("organisationId", UUID.randomUUID().toString(), "name", ""),
				null);
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(unknown.body()).contains("data-error-summary");

		var member = members.findAll().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
		assertThat(staff.submit(ADMIN, ADMIN + "/mitglieder/" + member.id() + "/entfernen", Map.of(), null).statusCode())
			.isEqualTo(302);
		assertThat(members.findById(member.id())).isEmpty();
		assertThat(new PortalClient(port).get("/integrationskonferenz").body()).doesNotContain(name);
	}

	@Test
	void createsAWorkingGroupWithMembersAfterAMissingNameWasPointedOut() {
		var name = "Verein " + suffix;
		staff.submit(ADMIN, ADMIN + "/mitglieder", form("organisationId", "", "name", name), null);
		var member = members.findAll().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();

		var missing = staff.submit(ADMIN + "/arbeitsgruppen/neu", ADMIN + "/arbeitsgruppen/neu",
				form("nameDe", "", "remitDe", "Wohnen im Quartier " + suffix, "members", member.id().toString()), null);
		assertThat(missing.statusCode()).isEqualTo(200);
		assertThat(missing.body()).contains("data-error-summary", "Wohnen im Quartier " + suffix)
			.containsPattern("value=\"" + member.id() + "\"\\s+checked");

		var created = staff.submit(ADMIN + "/arbeitsgruppen/neu", ADMIN + "/arbeitsgruppen/neu",
				form("nameDe", "Wohnen " + suffix, "nameEn", "Housing " + suffix, "remitDe", "Wohnen im Quartier " + suffix,
						"members", member.id().toString()), null);
		assertThat(created.statusCode()).isEqualTo(302);
		var group = groups.findBySlug("wohnen-" + suffix).orElseThrow();
		assertThat(group.memberIds()).containsExactly(member.id());

		var page = new PortalClient(port).get("/en/integrationskonferenz/arbeitsgruppen/wohnen-" + suffix);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Housing " + suffix, "Members (1)", name);
	}

	@Test
	void createsASessionKeepingTypedValuesOnErrorsAddsAResultLinkedToAMeasureAndPublishesIt() {
		var measure = PlanFixtures.measure(plan, fields, "sprache-und-bildung", "Elternkurse " + suffix, null);
		var fields = session("Plenum " + suffix, "31.02.2027", "10:00", "09:00");
		fields.put("agendaEn", List.of("one\ntwo\nthree"));

		var wrong = staff.submit(ADMIN + "/sitzungen/neu", ADMIN + "/sitzungen/neu", fields, null);
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("data-error-summary", "Geben Sie Datum und Uhrzeit im Format TT.MM.JJJJ und HH:MM an.",
				"Eine Übersetzung der Tagesordnung hat mehr Zeilen als die deutsche Fassung.", "value=\"Plenum " + suffix + "\"",
				"value=\"31.02.2027\"", "Erster Punkt\nZweiter Punkt");

		var created = staff.submit(ADMIN + "/sitzungen/neu", ADMIN + "/sitzungen/neu",
				session("Plenum " + suffix, "12.03.2027", "10:00", "09:00"), null);
		assertThat(created.statusCode()).as("end before start").isEqualTo(200);
		assertThat(created.body()).contains("Das Ende liegt vor dem Beginn.");

		var saved = staff.submit(ADMIN + "/sitzungen/neu", ADMIN + "/sitzungen/neu",
				session("Plenum " + suffix, "2027-03-12", "10:00", "15:00"), null);
		assertThat(saved.statusCode()).isEqualTo(302);
		var session = sessions.findBySlug("2027-03-12-plenum-" + suffix).orElseThrow();
		assertThat(session.agenda()).hasSize(2);
		var edit = ADMIN + "/sitzungen/" + session.id();

		var noText = staff.submit(edit, edit + "/ergebnisse", form("resultDe", " ", "measureId", measure.toString()), null);
		assertThat(noText.statusCode()).isEqualTo(200);
		assertThat(noText.body()).contains("data-error-summary")
			.containsPattern("value=\"" + measure + "\"[^>]*selected");
		assertThat(staff.submit(edit, edit + "/ergebnisse",
				form("resultDe", "Kurse für Eltern ausbauen " + suffix, "measureId", measure.toString()), null).statusCode())
			.isEqualTo(302);

		var visitor = new PortalClient(port);
		assertThat(visitor.get("/integrationskonferenz/sitzungen/" + session.slug()).statusCode()).as("a draft").isEqualTo(404);
		assertThat(staff.submit(edit, edit + "/veroeffentlichen", form("published", "true"), null).statusCode()).isEqualTo(302);

		var page = visitor.get("/integrationskonferenz/sitzungen/" + session.slug());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Plenum " + suffix, "Freitag, 12. März 2027, 10:00 – 15:00", "Erster Punkt",
				"Kurse für Eltern ausbauen " + suffix, "href=\"/integrationsplan/sprache-und-bildung#massnahme-" + measure + "\"", "Elternkurse " + suffix,
				"&lt;b&gt;kein HTML&lt;/b&gt;");

		staff.submit(edit, edit + "/veroeffentlichen", form("published", "false"), null);
		assertThat(visitor.get("/integrationskonferenz/sitzungen/" + session.slug()).statusCode()).isEqualTo(404);
	}

	@Test
	void uploadsAPdfButRefusesAFileThatOnlyClaimsToBeOneAndAFileOverTheLimit() {
		staff.submit(ADMIN + "/sitzungen/neu", ADMIN + "/sitzungen/neu", session("Dokumente " + suffix, "2026-10-01", "10:00",
				"12:00"), null);
		var session = sessions.findBySlug("2026-10-01-dokumente-" + suffix).orElseThrow();
		var edit = ADMIN + "/sitzungen/" + session.id();

		var fake = staff.submit(edit, edit + "/dokumente", form("documentTitle", "Vortrag " + suffix),
				new StaffBrowser.Upload("vortrag.pdf", "application/pdf", "<html>kein PDF</html>".getBytes(StandardCharsets.UTF_8),
						"file"));
		assertThat(fake.statusCode()).isEqualTo(200);
		assertThat(fake.body()).contains("data-error-summary", "Die Datei ist kein PDF.", "value=\"Vortrag " + suffix + "\"");

		var none = staff.submit(edit, edit + "/dokumente", form("documentTitle", ""), null);
		assertThat(none.body()).contains("Wählen Sie eine PDF-Datei aus.");

		var pdf = "%PDF-1.4\n%demo\n".getBytes(StandardCharsets.US_ASCII);
		var uploaded = staff.submit(edit, edit + "/dokumente", form("documentTitle", "Vortrag " + suffix, "accessible", "true"),
				new StaffBrowser.Upload("C:\\Users\\x\\Vortrag \"Mai\".pdf", "application/octet-stream", pdf, "file"));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		var document = documents.findBySessionIdOrderByUploadedAt(session.id()).get(0);
		assertThat(document.fileName()).isEqualTo("Vortrag Mai.pdf");
		assertThat(document.accessible()).isTrue();
		assertThat(staff.getBytes(edit + "/dokumente/" + document.id()).body()).isEqualTo(pdf);

		var large = new byte[(int) limit.bytes() + 1];
		Arrays.fill(large, (byte) 'a');
		System.arraycopy(pdf, 0, large, 0, pdf.length);
		var tooLarge = staff.submit(edit, edit + "/dokumente", form("documentTitle", "Groß"),
				new StaffBrowser.Upload("gross.pdf", "application/pdf", large, "file"));
		assertThat(tooLarge.statusCode()).isEqualTo(302);
		assertThat(tooLarge.headers().firstValue("Location")).get().asString().contains("dokumentZuGross");
		assertThat(staff.get(edit + "?dokumentZuGross").body()).contains("data-error-summary",
				"Die Datei ist zu groß. Erlaubt sind höchstens " + limit.megabytes() + " MB.");
		assertThat(documents.findBySessionIdOrderByUploadedAt(session.id())).hasSize(1);

		assertThat(staff.submit(edit, edit + "/dokumente/" + document.id() + "/entfernen", Map.of(), null).statusCode())
			.isEqualTo(302);
		assertThat(documents.findBySessionIdOrderByUploadedAt(session.id())).isEmpty();
	}

	@Test
	void letsNeitherFachstelleStaffNorVisitorsIntoTheConferenceBackOffice() {
		var fachstelle = new StaffBrowser(port);
		fachstelle.signIn(AccountFixtures.account(accounts, passwords, Role.FACHSTELLE), AccountFixtures.PASSWORD);
		assertThat(fachstelle.get(ADMIN).statusCode()).isEqualTo(403);

		var visitor = new PortalClient(port).get(ADMIN);
		assertThat(visitor.statusCode()).isEqualTo(302);
	}

	@Test
	void answersUnknownSessionsAndGroupsWith404() {
		assertThat(staff.get(ADMIN + "/sitzungen/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(staff.get(ADMIN + "/sitzungen/kein-id").statusCode()).isEqualTo(404);
		assertThat(staff.get(ADMIN + "/arbeitsgruppen/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	private static Map<String, List<String>> session(String title, String date, String start, String end) {
		var fields = new LinkedHashMap<String, List<String>>();
		fields.put("kind", List.of("PLENARY"));
		fields.put("workingGroupId", List.of(""));
		fields.put("titleDe", List.of(title));
		fields.put("date", List.of(date));
		fields.put("startTime", List.of(start));
		fields.put("endTime", List.of(end));
		fields.put("place", List.of("Wiesbaden"));
		fields.put("agendaDe", List.of("Erster Punkt\nZweiter Punkt"));
		fields.put("minutesDe", List.of("<b>kein HTML</b>\n\nZweiter Absatz"));
		return fields;
	}

	private static Map<String, List<String>> form(String... namesAndValues) {
		var fields = new LinkedHashMap<String, List<String>>();
		for (var i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
		}
		return fields;
	}
}
