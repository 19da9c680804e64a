package org.integrationskompass.events.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.AccountFixtures;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventCategory;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventType;
import org.integrationskompass.events.domain.RegistrationRequest;
import org.integrationskompass.events.domain.RegistrationService;
import org.integrationskompass.events.domain.RegistrationStatus;
import org.integrationskompass.events.domain.Venue;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/**
 * Staff download an event's attendee list: as CSV and XLSX to work with, and as a PDF sign-in list to print. One
 * event with a mixed list is made for each test: three confirmed participants (one with an Arabic name, one whose
 * "name" is a spreadsheet formula), one confirmed registration whose data the retention job removed, one taken
 * off the list by staff, and a waiting list with one waiting and one offered entry.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class StaffExportsAttendeeListsTests {

	static final String ARABIC_NAME = "أمل حداد";

	static final String FORMULA_NAME = "=HYPERLINK(\"https://example.org/x\",\"Klick\")";

	static final RequestPostProcessor FACHSTELLE = user("fachstelle@example.org").roles("FACHSTELLE");

	@Autowired
	MockMvc mvc;

	@Autowired
	RegistrationService service;

	@Autowired
	EventRepository events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@LocalServerPort
	int port;

	UUID event;

	String slug;

	@BeforeEach
	void eventWithAMixedList() {
		slug = "workshop-" + UUID.randomUUID().toString().substring(0, 8);
		event = event(slug, 6);
		var amal = add(ARABIC_NAME, 2, "Verein für Nachbarschaft", "Rollstuhlplatz");
		add(FORMULA_NAME, 1, null, null);
		add("Jörg Müller-Lüdenscheidt", 1, "-Stadtteilbüro", "@Brandschutz bitte beachten");
		var anonymised = add("Dora Vergessen", 1, null, null);
		var removed = add("Emil Abgemeldet", 1, null, null);
		add("Bogdan Kowalenko", 2, null, null);
		add("Ceren Yılmaz", 1, null, null);
		service.checkIn(amal, true);
		jdbc.update("UPDATE events_registration SET name = '', email = '', active_email = NULL, anonymised_at = ?"
				+ " WHERE id = ?", java.sql.Timestamp.from(Instant.now()), anonymised);
		// One seat comes free: Bogdan needs two, so Ceren, who needs one, is offered it and Bogdan keeps waiting.
		service.removeByStaff(removed);
	}

	@Test
	void exportsConfirmedParticipantsAsCsvThatExcelReads() throws Exception {
		var response = download("/admin/veranstaltungen/" + event + "/teilnehmende.csv");

		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"" + slug + "-teilnehmende.csv\"");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		var bytes = response.getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		var records = csv(bytes);
		assertThat(records.get(0)).containsExactly("Nr.", "Name", "Organisation", "Plätze", "E-Mail-Adresse",
				"Besondere Bedarfe", "Angekommen", "Angemeldet am");
		assertThat(records).hasSize(4);
		assertThat(records.subList(1, 4)).extracting(r -> r.get(0)).containsExactly("1", "2", "3");
		assertThat(records.subList(1, 4)).extracting(r -> r.get(1))
			.containsExactly(ARABIC_NAME, "'" + FORMULA_NAME, "Jörg Müller-Lüdenscheidt");
		var amal = records.get(1);
		assertThat(amal).containsSubsequence("Verein für Nachbarschaft", "2");
		assertThat(amal.get(5)).isEqualTo("Rollstuhlplatz");
		assertThat(amal.get(6)).as("checked in: the time of arrival").isNotBlank();
		assertThat(amal.get(7)).as("registered at").isNotBlank();
		assertThat(records.get(2).get(6)).as("not checked in").isEmpty();
		assertThat(records.get(3).get(2)).as("an organisation can look like a formula too").isEqualTo("'-Stadtteilbüro");
		assertThat(records.get(3).get(5)).isEqualTo("'@Brandschutz bitte beachten");
		assertThat(new String(bytes, StandardCharsets.UTF_8)).as("semicolons, lines end in CRLF")
			.contains("Nr.;Name;Organisation;Plätze;").contains("\r\n")
			.doesNotContain("Dora", "Emil", "Bogdan", "Ceren");
	}

	@Test
	void addsTheWaitingListToTheCsvAsASecondSectionWhenAskedFor() throws Exception {
		var records = csv(download("/admin/veranstaltungen/" + event + "/teilnehmende.csv?warteliste=true")
			.getContentAsByteArray());

		assertThat(records).extracting(r -> r.get(0)).containsExactly("Nr.", "1", "2", "3", "Warteliste", "Nr.", "1",
				"2");
		assertThat(records.subList(6, 8)).extracting(r -> r.get(1)).containsExactly("Bogdan Kowalenko",
				"Ceren Yılmaz");
		assertThat(records.subList(6, 8)).extracting(r -> r.get(3)).containsExactly("2", "1");
	}

	@Test
	void exportsParticipantsAndWaitingListAsXlsxOnTwoSheets() throws Exception {
		var response = download("/admin/veranstaltungen/" + event + "/teilnehmende.xlsx");

		assertThat(response.getContentType())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"" + slug + "-teilnehmende.xlsx\"");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			var participants = workbook.getSheetAt(0);
			assertThat(participants.getSheetName()).isEqualTo("Teilnehmende");
			assertThat(texts(participants.getRow(0))).containsExactly("Nr.", "Name", "Organisation", "Plätze",
					"E-Mail-Adresse", "Besondere Bedarfe", "Angekommen", "Angemeldet am");
			assertThat(workbook.getFontAt(participants.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold())
				.isTrue();
			assertThat(participants.getPaneInformation().isFreezePane()).isTrue();
			assertThat(participants.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
			assertThat(participants.getLastRowNum()).isEqualTo(3);
			assertThat(participants.getColumnWidth(1)).as("the name column is wider than the number column")
				.isGreaterThan(participants.getColumnWidth(0));
			var formula = participants.getRow(2).getCell(1);
			assertThat(formula.getCellType()).as("written as text, never as a formula").isEqualTo(CellType.STRING);
			assertThat(formula.getStringCellValue()).isEqualTo(FORMULA_NAME);
			var amal = participants.getRow(1);
			assertThat(amal.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(amal.getCell(1).getStringCellValue()).isEqualTo(ARABIC_NAME);
			assertThat(amal.getCell(3).getNumericCellValue()).isEqualTo(2);
			assertThat(DateUtil.isCellDateFormatted(amal.getCell(6))).as("arrival as a date and time").isTrue();
			assertThat(DateUtil.isCellDateFormatted(amal.getCell(7))).isTrue();
			assertThat(participants.getRow(2).getCell(6)).as("not checked in").isNull();

			var waiting = workbook.getSheetAt(1);
			assertThat(waiting.getSheetName()).isEqualTo("Warteliste");
			assertThat(waiting.getLastRowNum()).isEqualTo(2);
			assertThat(waiting.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Bogdan Kowalenko");
			assertThat(waiting.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Ceren Yılmaz");
			assertThat(waiting.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(2);
		}
	}

	@Test
	void labelsFilesInTheStaffMembersLanguage() throws Exception {
		var xlsx = download("/en/admin/veranstaltungen/" + event + "/teilnehmende.xlsx");
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Participants");
			assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Waiting list");
			assertThat(texts(workbook.getSheetAt(0).getRow(0))).startsWith("No.", "Name", "Organisation", "Seats");
		}
		var csv = csv(download("/ar/admin/veranstaltungen/" + event + "/teilnehmende.csv").getContentAsByteArray());
		assertThat(csv.get(0).get(1)).isEqualTo("الاسم");
		var pdf = text(download("/en/admin/veranstaltungen/" + event + "/anwesenheitsliste.pdf").getContentAsByteArray());
		assertThat(pdf).contains("Sign-in list", "Signature", "Page 1 of 1", "Workshop on participation");
		var rightToLeft = download("/ar/admin/veranstaltungen/" + event + "/anwesenheitsliste.pdf")
			.getContentAsByteArray();
		assertThat(text(rightToLeft)).contains("قائمة الحضور", "التوقيع", ARABIC_NAME, "Jörg Müller-Lüdenscheidt");
		assertThat(failures(rightToLeft, PDFAFlavour.PDFUA_1)).isEmpty();
	}

	@Test
	void printsASignInListOfConfirmedParticipantsThatIsPdfUaCompliant() throws Exception {
		var response = download("/admin/veranstaltungen/" + event + "/anwesenheitsliste.pdf");

		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"" + slug + "-anwesenheitsliste.pdf\"");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
		var pdf = response.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			var page = document.getPage(0).getMediaBox();
			assertThat(Math.round(page.getWidth())).as("A4 portrait, in points").isEqualTo(595);
			assertThat(Math.round(page.getHeight())).isEqualTo(842);
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Anwesenheitsliste: Workshop zur Teilhabe");
		}
		// Cells wrap: the text is compared without its line breaks.
		var text = text(pdf).replaceAll("\\R", "");
		assertThat(text).contains("Workshop zur Teilhabe", "Anwesenheitsliste", "Haus der Vereine, Hauptstraße 1, 35390 Gießen",
				"Nr.", "Name", "Organisation", "Plätze", "Unterschrift", FORMULA_NAME, "Jörg Müller-Lüdenscheidt",
				"Verein für Nachbarschaft", "3 Anmeldungen mit 4 Plätzen", "Seite 1 von 1")
			.doesNotContain("Dora", "Emil", "Bogdan", "Ceren", "@example.org");
		assertThat(text).as("the Arabic name, shaped and in reading order").contains(ARABIC_NAME);
		assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
		assertThat(failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
	}

	@Test
	void repeatsTheTableHeadingsAndNumbersThePagesOfALongList() throws Exception {
		var big = event("gross-" + UUID.randomUUID().toString().substring(0, 8), 40);
		for (int i = 1; i <= 40; i++) {
			service.addByStaff(big, new RegistrationRequest(1, "Teilnehmerin " + i, "t" + i + "@example.org", null, null,
					"Ich bin einverstanden.", "de"));
		}

		var pdf = download("/admin/veranstaltungen/" + big + "/anwesenheitsliste.pdf").getContentAsByteArray();

		try (var document = Loader.loadPDF(pdf)) {
			var pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(1);
			for (int page = 1; page <= pages; page++) {
				var stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				var text = stripper.getText(document);
				assertThat(text).contains("Unterschrift", "Seite " + page + " von " + pages);
				if (page > 1) {
					assertThat(text).as("the event named at the top of every further page")
						.contains("Anwesenheitsliste: Workshop zur Teilhabe");
				}
			}
		}
		assertThat(text(pdf)).contains("Teilnehmerin 40", "40 Anmeldungen mit 40 Plätzen");
		assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
	}

	@Test
	void sendsVisitorsWhoAreNotSignedInToTheSignInPage() throws Exception {
		for (var file : List.of("teilnehmende.csv", "teilnehmende.xlsx", "anwesenheitsliste.pdf")) {
			var response = mvc.perform(get("/admin/veranstaltungen/" + event + "/" + file))
				.andExpect(status().isFound())
				.andReturn()
				.getResponse();
			assertThat(response.getRedirectedUrl()).endsWith("/anmelden");
		}
	}

	@Test
	void refusesAccountsWithoutAStaffRole() throws Exception {
		mvc.perform(get("/admin/veranstaltungen/" + event + "/teilnehmende.csv")
			.with(user("verein@example.org").roles("PROVIDER"))).andExpect(status().isForbidden());
	}

	@Test
	void answersAnUnknownEventWithNotFound() throws Exception {
		for (var file : List.of("teilnehmende.csv", "teilnehmende.xlsx", "anwesenheitsliste.pdf")) {
			mvc.perform(get("/admin/veranstaltungen/" + UUID.randomUUID() + "/" + file).with(FACHSTELLE))
				.andExpect(status().isNotFound());
		}
	}

	@Test
	void offersEveryListFromTheRegistrationsPage() {
		var browser = new PortalClient(port);
		browser.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);

		var page = browser.get("/admin/veranstaltungen/" + event + "/anmeldungen").body();

		assertThat(page).contains("/teilnehmende.csv\"", "/teilnehmende.csv?warteliste=true\"", "/teilnehmende.xlsx\"",
				"/anwesenheitsliste.pdf\"");
	}

	@Test
	void letsASignedInEditorDownloadTheList() {
		var browser = new PortalClient(port);
		browser.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);

		var response = browser.get("/admin/veranstaltungen/" + event + "/teilnehmende.csv");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).startsWith("\uFEFFNr.;Name;").contains(ARABIC_NAME);
	}

	private MockHttpServletResponse download(String path) throws Exception {
		return mvc.perform(get(path).with(FACHSTELLE)).andExpect(status().isOk()).andReturn().getResponse();
	}

	private UUID event(String slug, int capacity) {
		var now = Instant.now();
		var starts = now.plus(Duration.ofDays(20));
		return transactions.execute(status -> {
			var event = new Event(slug,
					LocalizedText.of(Map.of("de", "Workshop zur Teilhabe", "en", "Workshop on participation")),
					EventType.WORKSHOP, EventCategory.SHARED, starts, starts.plus(Duration.ofHours(3)), capacity, now);
			event.place(new Venue("Haus der Vereine", "Hauptstraße 1", "35390", "Gießen", null, null, null), false,
					null);
			event.maxSeatsPerRegistration(2);
			event.publish(now);
			return events.save(event).id();
		});
	}

	private UUID add(String name, int seats, String organisation, String needs) {
		var email = "p-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		return service.addByStaff(event, new RegistrationRequest(seats, name, email, organisation, needs,
				"Ich bin einverstanden.", "de")).registration().id();
	}

	private static List<CSVRecord> csv(byte[] bytes) throws IOException {
		var text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		try (var parser = AttendeeListFiles.CSV.builder().setDelimiter(';').get()
			.parse(new StringReader(text.substring(1)))) {
			return parser.getRecords();
		}
	}

	private static List<String> texts(Row row) {
		return StreamSupport.stream(row.spliterator(), false).map(cell -> cell.getStringCellValue()).toList();
	}

	private static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** The rules of the flavour that the file breaks, as veraPDF reports them; empty when it complies. */
	static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		var foundry = Foundries.defaultInstance();
		try (var parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour);
				var validator = foundry.createValidator(flavour, false)) {
			var result = validator.validate(parser);
			var failed = new ArrayList<String>();
			for (TestAssertion assertion : result.getTestAssertions()) {
				if (assertion.getStatus() == TestAssertion.Status.FAILED) {
					failed.add(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
							+ assertion.getMessage());
				}
			}
			assertThat(result.isCompliant()).as(flavour + " " + failed.stream().distinct().collect(Collectors.joining("; ")))
				.isEqualTo(failed.isEmpty());
			return failed.stream().distinct().toList();
		}
	}
}
