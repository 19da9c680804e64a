package org.integrationskompass.offers.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.integrationskompass.offers.ImportPostcodes;
import org.integrationskompass.offers.OfferFixtures;
import org.integrationskompass.offers.domain.OfferImportService;
import org.integrationskompass.offers.domain.OfferQuery;
import org.integrationskompass.offers.domain.OfferRepository;
import org.integrationskompass.offers.domain.OfferSearch;
import org.integrationskompass.offers.domain.OfferService;
import org.integrationskompass.offers.domain.SearchFacet;
import org.integrationskompass.offers.domain.TargetGroupRepository;
import org.integrationskompass.offers.domain.TopicRepository;
import org.integrationskompass.organisations.OrganisationSummary;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.Arguments;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.AccountFixtures;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff import offers from CSV files and export searches, through the back office as a browser without
 * JavaScript would: upload, watch the status page, read the report, download the export.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@WithMockUser(username = "redaktion@example.org", roles = "EDITOR")
class StaffImportsAndExportsOffersTests {

	static final String HEADER = "externe_id,organisation,status,titel_de,titel_en,kurzbeschreibung_de,beschreibung_de,"
			+ "handlungsfelder,zielgruppen,sprachen,form,kostenlos,ende,ort1_strasse,ort1_plz,ort1_gemeinde,ort2_plz";

	@Autowired
	MockMvc mvc;

	@Autowired
	OfferImportService imports;

	@Autowired
	OfferRepository offers;

	@Autowired
	OfferSearch search;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@LocalServerPort
	int port;

	@Autowired
	OrganisationService organisationService;

	@Autowired
	OfferService offerService;

	@Autowired
	TopicRepository topics;

	@Autowired
	TargetGroupRepository targetGroups;

	OrganisationSummary organisation;

	String prefix;

	@BeforeEach
	void organisationAndPlaces() {
		ImportPostcodes.insert(jdbc);
		var fixtures = new OfferFixtures(organisationService, offerService, topics, targetGroups);
		prefix = UUID.randomUUID().toString().substring(0, 8);
		organisation = fixtures.organisation("Importverein " + prefix);
	}

	String validFile() {
		return HEADER + "\n"
				+ prefix + "-1," + organisation.slug() + ",PUBLISHED,Frauencafé " + prefix + ",Women's café,"
				+ "Treffpunkt zum Deutschüben,<p>Jeden <strong>Mittwoch</strong>.</p>,sprache-bildung,frauen|gefluechtete,"
				+ "de|ar,IN_PERSON,ja,,Marktplatz 1,35390,Gießen,\n"
				+ prefix + "-2," + organisation.slug() + ",PUBLISHED,\"Beratung " + prefix + ", auch online\",,"
				+ "Sozialberatung,,zuwanderung-flucht,,de|fa|AR,HYBRID,nein,2099-12-31,,34117,,35037\n"
				+ prefix + "-3," + organisation.slug() + ",DRAFT,Lernplattform " + prefix + ",,,,,,en,ONLINE,ja,,,,,\n";
	}

	@Test
	void importsAValidFileWhoseOffersTheSearchFinds() throws Exception {
		var id = upload(validFile().getBytes(StandardCharsets.UTF_8));
		var run = awaitEnd(id);

		assertThat(run.created()).isEqualTo(3);
		assertThat(run.rejected()).isZero();
		var found = search.search(new OfferQuery(prefix, null, 0, Map.of(), 0, 20, LocalDate.now()));
		assertThat(found.hits()).extracting(hit -> hit.teaser().title().get("de"))
			.containsExactlyInAnyOrder("Frauencafé " + prefix, "Beratung " + prefix + ", auch online");
		var women = search.search(new OfferQuery(prefix, null, 0,
				Map.of(SearchFacet.TARGET_GROUP, Set.of("frauen")), 0, 20, LocalDate.now()));
		assertThat(women.total()).isEqualTo(1);
		transactions.executeWithoutResult(status -> {
			var twoPlaces = offers.findByExternalId(prefix + "-2").orElseThrow();
			assertThat(twoPlaces.places()).extracting(p -> p.city()).containsExactly("Kassel", "Marburg");
			assertThat(twoPlaces.places()).extracting(p -> p.kreisKey()).containsExactly("06611", "06534");
			assertThat(twoPlaces.languages()).containsExactlyInAnyOrder("de", "fa", "ar");
		});
		var page = page("/admin/angebote/import/" + id + "/bericht");
		assertThat(page).contains("3 Zeilen: 3 neu angelegt, 0 aktualisiert, 0 unverändert, 0 abgelehnt.")
			.contains("Neu angelegt.");
	}

	@Test
	void importingTheSameFileAgainChangesNothingAndReportsEveryRowUnchanged() throws Exception {
		var file = validFile().getBytes(StandardCharsets.UTF_8);
		awaitEnd(upload(file));
		var updatedBefore = offers.findByExternalId(prefix + "-1").orElseThrow().updated();

		var again = awaitEnd(upload(file));

		assertThat(again.unchanged()).isEqualTo(3);
		assertThat(again.created() + again.updated() + again.rejected()).isZero();
		assertThat(offers.findByExternalId(prefix + "-1").orElseThrow().updated()).isEqualTo(updatedBefore);
		assertThat(page("/admin/angebote/import/" + again.id() + "/bericht")).contains("Unverändert.");
	}

	@Test
	void updatesAnOfferWhoseRowChanged() throws Exception {
		awaitEnd(upload(validFile().getBytes(StandardCharsets.UTF_8)));

		var changed = validFile().replace("Frauencafé " + prefix, "Frauenfrühstück " + prefix);
		var run = awaitEnd(upload(changed.getBytes(StandardCharsets.UTF_8)));

		assertThat(run.updated()).isEqualTo(1);
		assertThat(run.unchanged()).isEqualTo(2);
		assertThat(offers.findByExternalId(prefix + "-1").orElseThrow().title().get("de"))
			.contains("Frauenfrühstück " + prefix);
	}

	@Test
	void reportsEveryProblemOfABadRowWithRowNumberAndColumnAndImportsTheOtherRows() throws Exception {
		var file = HEADER + "\n"
				+ prefix + "-ok," + organisation.slug() + ",,Gute Zeile " + prefix + ",,,,,,,ONLINE,,,,,,\n"
				+ prefix + "-bad,gibt-es-nicht,WEG,,,,,thema-x,,xx,ZU_FUSS,vielleicht,31.02.2027,,99999,,\n"
				+ prefix + "-ok,"  + organisation.slug() + ",,Doppelt,,,,,,,ONLINE,,,,,,\n";

		var id = upload(file.getBytes(StandardCharsets.UTF_8));
		var run = awaitEnd(id);

		assertThat(run.created()).isEqualTo(1);
		assertThat(run.rejected()).isEqualTo(2);
		var report = page("/admin/angebote/import/" + id + "/bericht");
		assertThat(report)
			.contains("Keine Organisation mit dem Kurznamen „gibt-es-nicht“")
			.contains("„WEG“ ist kein Status")
			.contains("Unbekanntes Handlungsfeld „thema-x“")
			.contains("Unbekannter Sprachcode „xx“")
			.contains("„ZU_FUSS“ ist keine Form")
			.contains("„vielleicht“ ist weder ja noch nein")
			.contains("„31.02.2027“ ist kein Datum")
			.contains("Die Postleitzahl 99999 ist unbekannt.")
			.contains("Pflichtangabe fehlt.")
			.contains("Die externe ID " + prefix + "-ok steht schon in einer früheren Zeile")
			.contains("<code dir=\"ltr\">ort1_plz</code>");
		assertThat(imports.report(id, 100)).filteredOn(line -> line.column() != null && line.column().equals("ort1_plz"))
			.extracting(line -> line.rowNumber()).containsExactly(3);
	}

	@Test
	void storesAScriptInATextCellAsTextAndSanitisesTheDescription() throws Exception {
		var file = HEADER + "\n"
				+ prefix + "-x," + organisation.slug() + ",PUBLISHED,<script>alert(1)</script> Kurs " + prefix + ",,,"
				+ "\"<p onclick=\"\"alert(2)\"\">Text</p><script>alert(3)</script>\",,,,ONLINE,,,,,,\n";

		var id = upload(file.getBytes(StandardCharsets.UTF_8));
		awaitEnd(id);

		var offer = offers.findByExternalId(prefix + "-x").orElseThrow();
		assertThat(offer.title().get("de")).contains("<script>alert(1)</script> Kurs " + prefix);
		assertThat(offer.description().get("de")).contains("<p>Text</p>");
		assertThat(page("/admin/angebote/import/" + id + "/bericht"))
			.contains("Unzulässiges HTML (zum Beispiel Skripte) wurde entfernt");
	}

	static Stream<Arguments> badFiles() {
		return Stream.of(
				Arguments.of("empty", new byte[0], "Die Datei ist leer."),
				Arguments.of("only blanks", " \n \n".getBytes(StandardCharsets.UTF_8), "Die Datei ist leer."),
				Arguments.of("only header", (HEADER + "\n").getBytes(StandardCharsets.UTF_8),
						"nur die Kopfzeile"),
				Arguments.of("Windows-1252", (HEADER + "\na,b,,Café für Mütter,,,,,,,ONLINE,,,,,,\n")
					.getBytes(Charset.forName("windows-1252")), "nicht in UTF-8 gespeichert"),
				Arguments.of("missing columns", "titel_de,form\nKurs,ONLINE\n".getBytes(StandardCharsets.UTF_8),
						"Diese Pflichtspalten fehlen in der Kopfzeile: externe_id, organisation"),
				Arguments.of("unknown column", (HEADER + ",titel\n").getBytes(StandardCharsets.UTF_8),
						"Diese Spalten sind unbekannt (Tippfehler?): titel"),
				Arguments.of("repeated column", (HEADER + ",form\n").getBytes(StandardCharsets.UTF_8),
						"mehrfach vor: form"),
				Arguments.of("broken quotes", (HEADER + "\n\"a,b\n").getBytes(StandardCharsets.UTF_8),
						"keine gültige CSV-Datei"),
				Arguments.of("xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0 }, "keine CSV-Datei"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFiles")
	void refusesABadFileWithAMessageOnTheUploadPage(String what, byte[] content, String message) throws Exception {
		var before = imports.recent().size();

		var page = mvc.perform(multipart("/admin/angebote/import")
			.file(new MockMultipartFile("datei", "angebote.csv", "text/csv", content))
			.with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains(message).contains("data-error-summary").contains("href=\"#datei\"");
		assertThat(imports.recent()).hasSize(before);
	}

	@Test
	void asksForAFileWhenNoneWasChosen() throws Exception {
		var page = mvc.perform(multipart("/admin/angebote/import")
			.file(new MockMultipartFile("datei", "", "application/octet-stream", new byte[0]))
			.with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Bitte wählen Sie eine CSV-Datei aus.");
	}

	@Test
	void exportsASearchAsCsvThatImportsAgainWithoutChanges() throws Exception {
		var original = awaitEnd(upload(validFile().getBytes(StandardCharsets.UTF_8)));
		assertThat(original.created()).isEqualTo(3);

		var csv = mvc.perform(get("/admin/angebote/export/datei").param("q", prefix).param("format", "csv"))
			.andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(csv.getContentType()).startsWith("text/csv");
		var exported = csv.getContentAsByteArray();
		var text = new String(exported, StandardCharsets.UTF_8);
		assertThat(text).contains("ort2_plz").contains("Beratung " + prefix);
		assertThat(text.lines().count()).as("header and the two published offers' rows; the draft matches too")
			.isEqualTo(4);

		var again = awaitEnd(upload(exported));

		assertThat(again.unchanged()).isEqualTo(3);
		assertThat(again.created() + again.updated() + again.rejected()).isZero();
	}

	@Test
	void exportsOnlyTheChosenStatusAndFilters() throws Exception {
		awaitEnd(upload(validFile().getBytes(StandardCharsets.UTF_8)));

		var text = mvc.perform(get("/admin/angebote/export/datei").param("q", prefix).param("status", "DRAFT"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(text).contains("Lernplattform " + prefix).doesNotContain("Frauencafé");
		var near = mvc.perform(get("/admin/angebote/export/datei").param("q", prefix).param("ort", "35390")
			.param("umkreis", "10"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(near).contains("Frauencafé " + prefix).doesNotContain("Beratung " + prefix);
	}

	@Test
	void exportsAnXlsxFileThatASpreadsheetOpensWithTheRows() throws Exception {
		awaitEnd(upload(validFile().getBytes(StandardCharsets.UTF_8)));

		var xlsx = mvc.perform(get("/admin/angebote/export/datei").param("q", prefix).param("format", "xlsx"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("externe_id");
			var titles = new ArrayList<String>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				titles.add(sheet.getRow(r).getCell(3).getStringCellValue());
			}
			assertThat(titles).containsExactlyInAnyOrder("Frauencafé " + prefix, "Beratung " + prefix + ", auch online",
					"Lernplattform " + prefix);
		}
	}

	@Test
	void tellsWhenTheExportPlaceIsUnknownInsteadOfFailing() throws Exception {
		var page = mvc.perform(get("/admin/angebote/export/datei").param("ort", "Atlantis").param("umkreis", "-5"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Den Ort „Atlantis“ kennen wir nicht.");
	}

	@Test
	void documentsTheColumnsAndOffersATemplateThatTheImportAccepts() throws Exception {
		var page = page("/admin/angebote/import");
		assertThat(page).contains("href=\"/admin/angebote/import/vorlage.csv\"")
			.contains("href=\"/admin/angebote/import/spalten\"").contains("<code dir=\"ltr\">externe_id</code>");
		var docs = mvc.perform(get("/admin/angebote/import/spalten")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(docs).contains("# Offers CSV");

		var template = mvc.perform(get("/admin/angebote/import/vorlage.csv")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		var withOrganisation = new String(template, StandardCharsets.UTF_8).replace("slug-der-organisation",
				organisation.slug()).replace("beispiel-001", prefix + "-vorlage");
		var run = awaitEnd(upload(withOrganisation.getBytes(StandardCharsets.UTF_8)));
		assertThat(run.created()).isEqualTo(1);
	}

	@Test
	void showsTheProgressPageAndTheHtmxFragment() throws Exception {
		var id = upload(validFile().getBytes(StandardCharsets.UTF_8));
		awaitEnd(id);

		assertThat(page("/admin/angebote/import/" + id)).contains("<progress").contains("Abgeschlossen")
			.contains("href=\"/admin/angebote/import/" + id + "/bericht\"");
		var fragment = mvc.perform(get("/admin/angebote/import/" + id + "/fortschritt"))
			.andExpect(status().is(OfferImportAdminController.STOP_POLLING))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).contains("<progress").doesNotContain("<html");
		mvc.perform(get("/admin/angebote/import/" + UUID.randomUUID())).andExpect(status().isNotFound());
		mvc.perform(get("/admin/angebote/import/kein-import")).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "FACHSTELLE")
	void refusesStaffWithoutTheEditorRole() throws Exception {
		mvc.perform(get("/admin/angebote/import")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/angebote/export/datei")).andExpect(status().isForbidden());
	}

	@Test
	void answersA50MegabyteUploadWithAReadableMessageInsteadOfResettingTheConnection() throws Exception {
		var boundary = "----ik" + prefix;
		var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"datei\"; filename=\"gross.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		var body = new byte[head.length + 50 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		java.util.Arrays.fill(body, head.length, head.length + 50 * 1024 * 1024, (byte) 'a');
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		var http = HttpClient.newHttpClient();

		var answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/en/admin/angebote/import"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).get().asString()
			.endsWith("/en/admin/angebote/import?zu-gross");
		var editor = new PortalClient(port);
		editor.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
		var page = editor.get("/en/admin/angebote/import?zu-gross");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("The file is too large. At most 10 MB are allowed.");
	}

	private UUID upload(byte[] content) throws Exception {
		var location = mvc.perform(multipart("/admin/angebote/import")
			.file(new MockMultipartFile("datei", "angebote.csv", "text/csv", content))
			.with(csrf()))
			.andExpect(status().isFound())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/admin/angebote/import/");
		return UUID.fromString(location.substring("/admin/angebote/import/".length()));
	}

	private ImportSummary awaitEnd(UUID id) {
		await().atMost(Duration.ofSeconds(60)).until(() -> imports.find(id).orElseThrow().status().isOver());
		return ImportSummary.of(imports.find(id).orElseThrow());
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
