package org.integrationskompass.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.AccountFixtures;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.audit.domain.AuditLog;
import org.integrationskompass.organisations.OrganisationKind;
import org.integrationskompass.organisations.StaffBrowser;
import org.integrationskompass.organisations.domain.OrganisationDetails;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

/**
 * An editor creates and renames an organisation in the back office; an administrator reads in the change log who
 * did it, when, and the name before and after. Through the real Tomcat, the real sign-in and the real database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.demo.enabled=false")
class AdministratorReadsTheChangeLogTests {

	private static final String NEW = "/admin/organisationen/neu";

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	OrganisationService organisations;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void showsWhoCreatedAndRenamedAnOrganisationWithTheNameBeforeAndAfter() {
		var editorLogin = AccountFixtures.account(accounts, passwords, Role.EDITOR);
		var editor = new StaffBrowser(port);
		editor.signIn(editorLogin, AccountFixtures.PASSWORD);
		assertThat(editor.submit(NEW, NEW, fields("Verein Protokoll", null), null).statusCode()).isEqualTo(302);
		var id = organisations.findProfile("verein-protokoll").orElseThrow().summary().id().value();
		var edit = "/admin/organisationen/" + id + "/bearbeiten";
		assertThat(editor.submit(edit, edit, fields("Verein Protokoll, umbenannt", versionIn(editor.get(edit).body())), null)
			.statusCode()).isEqualTo(302);

		var admin = new StaffBrowser(port);
		admin.signIn(AccountFixtures.account(accounts, passwords, Role.ADMIN), AccountFixtures.PASSWORD);
		var log = admin.get("/admin/protokoll?typ=organisation&kennung=" + id);

		assertThat(log.statusCode()).isEqualTo(200);
		var page = HtmlUtils.htmlUnescape(log.body());
		assertThat(page).contains("2 Änderungen gefunden.", editorLogin, "angelegt", "geändert",
				"Organisation: Verein Protokoll, umbenannt");
		var changeLink = Pattern.compile("href=\"/admin/protokoll/(\\d+)\"").matcher(log.body());
		assertThat(changeLink.find()).as("newest entry links to its details").isTrue();
		var details = HtmlUtils.htmlUnescape(admin.get("/admin/protokoll/" + changeLink.group(1)).body());
		assertThat(details).contains("<code>name</code>", "Verein Protokoll", "Verein Protokoll, umbenannt", editorLogin)
			.doesNotContain("<code>version</code>", "<code>updated</code>");
		var created = jdbc.queryForMap("SELECT actor, action FROM audit_entry WHERE subject_id = ? ORDER BY id LIMIT 1",
				id.toString());
		assertThat(created).containsEntry("actor", editorLogin).containsEntry("action", "CREATED");
		assertThat(jdbc.queryForList("SELECT c.new_value FROM audit_change c JOIN audit_entry e ON e.id = c.entry_id"
				+ " WHERE e.subject_id = ? AND c.property = 'city'", String.class, id.toString()))
			.containsExactly("Fulda");
	}

	@Test
	void writesNoEntryForASaveThatWasRefusedAndRolledBack() {
		var editor = new StaffBrowser(port);
		editor.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
		editor.submit(NEW, NEW, fields("Verein Doppelt Bearbeitet", null), null);
		var id = organisations.findProfile("verein-doppelt-bearbeitet").orElseThrow().summary().id().value();
		var edit = "/admin/organisationen/" + id + "/bearbeiten";
		var readByBoth = versionIn(editor.get(edit).body());
		editor.submit(edit, edit, fields("Erste Fassung", readByBoth), null);

		var refused = editor.submit(edit, edit, fields("Zweite Fassung", readByBoth), null);

		assertThat(refused.statusCode()).as("the stale version is refused").isEqualTo(200);
		assertThat(jdbc.queryForList("SELECT c.new_value FROM audit_change c JOIN audit_entry e ON e.id = c.entry_id"
				+ " WHERE e.subject_id = ? AND c.property = 'name'", String.class, id.toString()))
			.containsExactly("Verein Doppelt Bearbeitet", "Erste Fassung");
	}

	@Test
	void namesTheSystemAsActorForChangesWithoutASignedInPerson() {
		var created = organisations.create(new OrganisationDetails("Verein aus dem Import",
				OrganisationKind.ASSOCIATION, LocalizedText.german("Aus einer Liste übernommen."), "Hauptstraße 5", null,
				"Gießen", "06531000", "06531", null, null, null, null, null, Set.of("de"), LocalizedText.empty(), false,
				null), false);

		var actor = jdbc.queryForObject("SELECT actor FROM audit_entry WHERE subject_type = 'organisation'"
				+ " AND subject_id = ?", String.class, created.id().value().toString());

		assertThat(actor).isEqualTo("system");
	}

	@Test
	void showsTheLogToAdministratorsOnly() {
		var editor = new StaffBrowser(port);
		editor.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
		var fachstelle = new StaffBrowser(port);
		fachstelle.signIn(AccountFixtures.account(accounts, passwords, Role.FACHSTELLE), AccountFixtures.PASSWORD);

		assertThat(editor.get("/admin/protokoll").statusCode()).isEqualTo(403);
		assertThat(fachstelle.get("/admin/protokoll/1").statusCode()).isEqualTo(403);
		var anonymous = new PortalClient(port).get("/admin/protokoll");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).contains("/anmelden"));
		assertThat(editor.get("/admin").body()).doesNotContain("/admin/protokoll");
	}

	@Test
	void leavesOutNonsenseFiltersWithANoticeAndAnswersUnknownEntriesWith404() {
		var admin = new StaffBrowser(port);
		admin.signIn(AccountFixtures.account(accounts, passwords, Role.ADMIN), AccountFixtures.PASSWORD);

		var page = admin.get("/admin/protokoll?typ=drache&von=gestern&bis=2026-13-45&seite=abc&wer=%25");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(page.body())).contains("Einige Filter wurden nicht angewendet",
				"Diese Art von Eintrag gibt es nicht.", "Das Datum „von“ ist kein gültiges Datum",
				"Das Datum „bis“ ist kein gültiges Datum", "Keine Änderungen gefunden.");
		assertThat(admin.get("/admin/protokoll/999999999").statusCode()).isEqualTo(404);
		assertThat(admin.get("/admin/protokoll/kein-eintrag").statusCode()).isEqualTo(404);
	}

	@Test
	void forgetsEntriesOlderThanTheRetentionPeriod() {
		var old = Instant.now().minus(auditLog.retention()).minus(Duration.ofDays(1));
		jdbc.update("INSERT INTO audit_entry (changed_at, actor, subject_type, subject_id, action)"
				+ " VALUES (?, 'alt@example.org', 'offer', 'alt', 'CHANGED')", Timestamp.from(old));
		jdbc.update("INSERT INTO audit_entry (changed_at, actor, subject_type, subject_id, action)"
				+ " VALUES (?, 'neu@example.org', 'offer', 'neu', 'CHANGED')", Timestamp.from(Instant.now()));

		var forgotten = auditLog.forgetOldEntries();

		assertThat(forgotten).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.queryForList("SELECT subject_id FROM audit_entry WHERE subject_type = 'offer'"
				+ " AND subject_id IN ('alt', 'neu')", String.class)).containsExactly("neu");
	}

	private static String versionIn(String form) {
		var version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
		assertThat(version.find()).as("version field in the form").isTrue();
		return version.group(1);
	}

	private static Map<String, List<String>> fields(String name, String version) {
		var fields = new HashMap<String, List<String>>();
		fields.put("name", List.of(name));
		fields.put("kind", List.of("MIGRANT_ORGANISATION"));
		fields.put("descriptionDe", List.of("Ein Verein für das Protokoll."));
		fields.put("descriptionEn", List.of(""));
		fields.put("descriptionAr", List.of(""));
		fields.put("street", List.of("Bahnhofstraße 1"));
		fields.put("postcode", List.of("36037"));
		fields.put("city", List.of("Fulda"));
		fields.put("kreisKey", List.of("06631"));
		fields.put("website", List.of(""));
		fields.put("email", List.of(""));
		fields.put("phone", List.of(""));
		fields.put("_languages", List.of("on"));
		fields.put("logoAltDe", List.of(""));
		fields.put("_verified", List.of("on"));
		fields.put("fachstelle", List.of(""));
		if (version != null) {
			fields.put("version", List.of(version));
		}
		return fields;
	}
}
