package org.integrationskompass.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.AccountFixtures;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.organisations.StaffBrowser.Upload;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Staff create and edit organisations in the back office. No gazetteer is imported here, so every postcode is
 * unknown and the Kreis has to be chosen by hand.
 */
@OrganisationsWebTest
class StaffManagesOrganisationsTests {

	private static final String NEW = "/admin/organisationen/neu";

	/** The first bytes of a PNG file; the check looks at the content, not at the name. */
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
			'D', 'R' };

	private final OrganisationService organisations;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final int port;

	private StaffBrowser staff;

	@Autowired
	StaffManagesOrganisationsTests(OrganisationService organisations, AccountRepository accounts,
			PasswordEncoder passwords, @LocalServerPort int port) {
		this.organisations = organisations;
		this.accounts = accounts;
		this.passwords = passwords;
		this.port = port;
	}

	@BeforeEach
	void signInAsEditor() {
		staff = new StaffBrowser(port);
		staff.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
	}

	@Test
	void createsAnOrganisationInTheChosenKreisWhenThePostcodeIsUnknown() {
		var response = staff.submit(NEW, NEW, fields("Neuer Verein Fulda", "06631"), null);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/admin/organisationen"));
		var saved = organisations.findProfile("neuer-verein-fulda").orElseThrow();
		assertThat(saved.summary().kind()).isEqualTo(OrganisationKind.MIGRANT_ORGANISATION);
		assertThat(saved.details().kreisKey()).isEqualTo("06631");
		assertThat(saved.details().ags()).isNull();
		assertThat(saved.details().latitude()).isNull();
		assertThat(saved.details().languages()).containsExactlyInAnyOrder("ar", "ti");
		assertThat(saved.details().description().get("en")).hasValue("An association for tests.");
		assertThat(saved.details().fachstelle()).isEqualTo(Fachstelle.MIGRANT_ORGANISATIONS);
		assertThat(saved.summary().verified()).isTrue();
		assertThat(staff.get("/admin/organisationen").body()).contains("„Neuer Verein Fulda“ wurde gespeichert.",
				"Neuer Verein Fulda");
	}

	@Test
	void asksForTheKreisWhenItDoesNotKnowThePostcodeAndKeepsEverythingTyped() {
		var response = staff.submit(NEW, NEW, fields("Verein mit unbekannter PLZ", ""), null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<title>Fehler: Neue Organisation",
				"Diese Postleitzahl kennen wir nicht. Bitte wählen Sie den Kreis aus.", "href=\"#kreisKey\"",
				"value=\"Verein mit unbekannter PLZ\"", "value=\"36037\"", "An association for tests.</textarea>")
			.containsPattern("value=\"ti\" id=\"languages\\d+\" name=\"languages\" checked")
			.containsPattern("<option value=\"MIGRANT_ORGANISATION\" selected");
		assertThat(organisations.findProfile("verein-mit-unbekannter-plz")).isEmpty();
	}

	@Test
	void listsEveryErrorInTheOrderOfTheFormAndKeepsTheInput() {
		var typed = fields("", "06631");
		typed.put("kind", List.of(""));
		typed.put("email", List.of("nicht-gueltig"));
		typed.put("website", List.of("javascript:alert(1)"));
		typed.put("postcode", List.of("3603"));
		typed.put("phone", List.of("<script>"));

		var response = staff.submit(NEW, NEW, typed, null);

		assertThat(response.statusCode()).isEqualTo(200);
		var body = response.body();
		assertThat(body).contains("value=\"nicht-gueltig\"", "value=\"javascript:alert(1)\"", "value=\"&lt;script&gt;\"")
			.doesNotContain("value=\"<script>\"");
		var order = List.of("href=\"#name\"", "href=\"#kind\"", "href=\"#postcode\"", "href=\"#website\"",
				"href=\"#email\"", "href=\"#phone\"");
		assertThat(order).allSatisfy(link -> assertThat(body).contains(link));
		assertThat(order.stream().mapToInt(body::indexOf).toArray()).isSorted();
	}

	@Test
	void answersUnconvertibleValuesWithAMessageNotAnError() {
		var typed = fields("Verein mit falscher Art", "06631");
		typed.put("kind", List.of("DRACHE"));
		typed.put("fachstelle", List.of("KEINE_SOLCHE"));
		typed.put("languages", List.of("xx"));
		typed.put("kreisKey", List.of("99999"));
		typed.put("version", List.of("abc"));

		var response = staff.submit(NEW, NEW, typed, null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Bitte wählen Sie einen der angebotenen Werte.", "href=\"#kind\"",
				"href=\"#fachstelle\"");
	}

	@Test
	void storesAPngLogoAndServesItWithItsTypeAndAlternativeText() {
		var typed = fields("Verein mit Logo", "06631");
		typed.put("logoAltDe", List.of("Ein grünes Haus"));

		var response = staff.submit(NEW, NEW, typed, new Upload("logo.png", "image/png", PNG));

		assertThat(response.statusCode()).isEqualTo(302);
		var logo = new PortalClient(port).get("/organisationen/verein-mit-logo/logo");
		assertThat(logo.statusCode()).isEqualTo(200);
		assertThat(logo.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(logo.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(staff.getBytes("/organisationen/verein-mit-logo/logo").body()).isEqualTo(PNG);
		assertThat(new PortalClient(port).get("/organisationen/verein-mit-logo").body())
			.containsPattern("<img class=\"ik-organisation__logo\"\\s+src=\"/organisationen/verein-mit-logo/logo\\?v=\\d+\"\\s+alt=\"Ein grünes Haus\"");
	}

	@Test
	void refusesAnSvgLogoEvenWhenItClaimsToBeAPng() {
		var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes();
		var typed = fields("Verein mit SVG", "06631");
		typed.put("logoAltDe", List.of("Logo"));

		var response = staff.submit(NEW, NEW, typed, new Upload("logo.png", "image/png", svg));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("SVG-Dateien nehmen wir aus Sicherheitsgründen nicht an.", "href=\"#logo\"");
		assertThat(organisations.findProfile("verein-mit-svg")).isEmpty();
	}

	@Test
	void refusesFilesThatAreNoImages() {
		var typed = fields("Verein mit Textdatei", "06631");
		typed.put("logoAltDe", List.of("Logo"));

		var response = staff.submit(NEW, NEW, typed,
				new Upload("logo.jpg", "image/jpeg", "Das ist kein Bild.".getBytes()));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Die Datei ist kein Bild im Format PNG, JPEG oder WebP.");
	}

	@Test
	void refusesLogosLargerThanOneMegabyte() {
		var large = Arrays.copyOf(PNG, 1024 * 1024 + 1);
		var typed = fields("Verein mit grossem Logo", "06631");
		typed.put("logoAltDe", List.of("Logo"));

		var response = staff.submit(NEW, NEW, typed, new Upload("logo.png", "image/png", large));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Die Datei ist größer als 1 MB.", "value=\"Verein mit grossem Logo\"");
	}

	@Test
	void answersAFileBeyondTheUploadLimitWithoutAServerError() {
		var huge = Arrays.copyOf(PNG, 11 * 1024 * 1024);

		var response = staff.submit(NEW, NEW, fields("Verein mit riesigem Logo", "06631"),
				new Upload("logo.png", "image/png", huge));

		assertThat(response.statusCode()).as("413 Content Too Large with the error page").isEqualTo(413);
		assertThat(organisations.findProfile("verein-mit-riesigem-logo")).isEmpty();
	}

	@Test
	void asksForAnAlternativeTextWithALogo() {
		var response = staff.submit(NEW, NEW, fields("Verein mit stummem Logo", "06631"),
				new Upload("logo.png", "image/png", PNG));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Bitte beschreiben Sie das Logo mit einem Alternativtext.",
				"href=\"#logoAltDe\"");
	}

	@Test
	void editsAnOrganisationAndKeepsItsAddressOnThePublicPage() {
		var created = new Organisations(organisations).create("Verein zum Bearbeiten", OrganisationKind.ASSOCIATION,
				"06531", "de");
		var edit = "/admin/organisationen/" + created.id() + "/bearbeiten";
		var form = staff.get(edit).body();
		assertThat(form).contains("value=\"Verein zum Bearbeiten\"", "<option value=\"ASSOCIATION\" selected");
		var typed = fields("Verein zum Bearbeiten, umbenannt", "06531");
		typed.put("version", List.of(versionIn(form)));

		var response = staff.submit(edit, edit, typed, null);

		assertThat(response.statusCode()).isEqualTo(302);
		var page = new PortalClient(port).get("/organisationen/" + created.slug()).body();
		assertThat(page).contains("Verein zum Bearbeiten, umbenannt", "Landkreis Gießen");
	}

	@Test
	void refusesToOverwriteAChangeSomeoneElseSavedInTheMeantime() {
		var created = new Organisations(organisations).create("Verein mit zwei Bearbeitern",
				OrganisationKind.ASSOCIATION, "06531", "de");
		var edit = "/admin/organisationen/" + created.id() + "/bearbeiten";
		var readByBoth = versionIn(staff.get(edit).body());
		var first = fields("Verein mit zwei Bearbeitern, erste Fassung", "06531");
		first.put("version", List.of(readByBoth));
		assertThat(staff.submit(edit, edit, first, null).statusCode()).isEqualTo(302);
		var second = fields("Verein mit zwei Bearbeitern, zweite Fassung", "06531");
		second.put("version", List.of(readByBoth));

		var response = staff.submit(edit, edit, second, null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Jemand anderes hat diese Organisation inzwischen geändert.",
				"value=\"Verein mit zwei Bearbeitern, zweite Fassung\"");
		var current = versionIn(response.body());
		assertThat(current).isNotEqualTo(readByBoth);
		assertThat(organisations.findProfile(created.slug()).orElseThrow().summary().name())
			.isEqualTo("Verein mit zwei Bearbeitern, erste Fassung");
		second.put("version", List.of(current));
		assertThat(staff.submit(edit, edit, second, null).statusCode()).as("saving again on purpose").isEqualTo(302);
	}

	@Test
	void replacesAndRemovesTheLogo() {
		var typed = fields("Verein mit wechselndem Logo", "06631");
		typed.put("logoAltDe", List.of("Altes Logo"));
		staff.submit(NEW, NEW, typed, new Upload("alt.png", "image/png", PNG));
		var profile = organisations.findProfile("verein-mit-wechselndem-logo").orElseThrow();
		var edit = "/admin/organisationen/" + profile.summary().id() + "/bearbeiten";
		var jpeg = new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F' };
		typed.put("version", List.of(versionIn(staff.get(edit).body())));

		staff.submit(edit, edit, typed, new Upload("neu.jpg", "image/jpeg", jpeg));

		assertThat(new PortalClient(port).get("/organisationen/verein-mit-wechselndem-logo/logo").headers()
			.firstValue("Content-Type")).hasValue("image/jpeg");
		typed.put("removeLogo", List.of("true"));
		typed.put("version", List.of(versionIn(staff.get(edit).body())));
		assertThat(staff.submit(edit, edit, typed, null).statusCode()).isEqualTo(302);
		assertThat(new PortalClient(port).get("/organisationen/verein-mit-wechselndem-logo/logo").statusCode())
			.isEqualTo(404);
	}

	@Test
	void answersUnknownOrMalformedIdsWithNotFound() {
		assertThat(staff.get("/admin/organisationen/00000000-0000-0000-0000-000000000000/bearbeiten").statusCode())
			.isEqualTo(404);
		assertThat(staff.get("/admin/organisationen/keine-id/bearbeiten").statusCode()).isEqualTo(404);
		assertThat(staff.get("/admin/organisationen?q=" + "%3Cscript%3E".repeat(100) + "&art=NICHTS").statusCode())
			.isEqualTo(200);
	}

	@Test
	void findsOrganisationsByNameInTheBackOfficeList() {
		new Organisations(organisations).create("Listenverein Alpha", OrganisationKind.ASSOCIATION, null);
		new Organisations(organisations).create("Listenverein Beta", OrganisationKind.MUNICIPALITY, null);

		var page = staff.get("/admin/organisationen?q=listenverein&art=MUNICIPALITY").body();

		assertThat(page).contains("Listenverein Beta").doesNotContain("Listenverein Alpha");
	}

	@Test
	void letsOnlyStaffIntoTheBackOffice() {
		var visitor = new StaffBrowser(port);
		assertThat(visitor.get("/admin/organisationen").statusCode()).isEqualTo(302);
		assertThat(visitor.get("/admin/organisationen").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/anmelden"));

		var provider = new StaffBrowser(port);
		provider.signIn(AccountFixtures.account(accounts, passwords, Role.PROVIDER), AccountFixtures.PASSWORD);
		assertThat(provider.get("/admin/organisationen").statusCode()).isEqualTo(403);
		assertThat(provider.get(NEW).statusCode()).isEqualTo(403);

		var fachstelle = new StaffBrowser(port);
		fachstelle.signIn(AccountFixtures.account(accounts, passwords, Role.FACHSTELLE), AccountFixtures.PASSWORD);
		assertThat(fachstelle.get("/admin/organisationen").statusCode()).isEqualTo(200);
	}

	@Test
	void offersTheSectionOnTheBackOfficeDashboard() {
		var dashboard = staff.get("/admin").body();

		assertThat(dashboard).contains("href=\"/admin/organisationen\"", "Organisationen");
	}

	@Test
	void offersTheSectionToFachstelleStaffTooButNotTheEditorsOnlySections() {
		var fachstelle = new StaffBrowser(port);
		fachstelle.signIn(AccountFixtures.account(accounts, passwords, Role.FACHSTELLE), AccountFixtures.PASSWORD);

		var dashboard = fachstelle.get("/admin").body();

		assertThat(dashboard).contains("href=\"/admin/organisationen\"").doesNotContain("href=\"/admin/rueckmeldungen\"");
	}

	@Test
	void refusesAPostWithoutCsrfToken() {
		var response = staff.post(NEW, fields("Verein ohne Token", "06631"), null, "falsch");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(organisations.findProfile("verein-ohne-token")).isEmpty();
	}

	private static String versionIn(String form) {
		var version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
		assertThat(version.find()).as("version field in the form").isTrue();
		return version.group(1);
	}

	private static Map<String, List<String>> fields(String name, String kreisKey) {
		var fields = new HashMap<String, List<String>>();
		fields.put("name", List.of(name));
		fields.put("kind", List.of("MIGRANT_ORGANISATION"));
		fields.put("descriptionDe", List.of("Ein Verein für Tests."));
		fields.put("descriptionEn", List.of("An association for tests."));
		fields.put("descriptionAr", List.of(""));
		fields.put("street", List.of("Bahnhofstraße 1"));
		fields.put("postcode", List.of("36037"));
		fields.put("city", List.of("Fulda"));
		fields.put("kreisKey", List.of(kreisKey));
		fields.put("website", List.of("https://verein.example"));
		fields.put("email", List.of("post@verein.example"));
		fields.put("phone", List.of("0661 123456"));
		fields.put("languages", List.of("ar", "ti"));
		fields.put("_languages", List.of("on"));
		fields.put("logoAltDe", List.of(""));
		fields.put("verified", List.of("true"));
		fields.put("_verified", List.of("on"));
		fields.put("fachstelle", List.of("MIGRANT_ORGANISATIONS"));
		return fields;
	}
}
