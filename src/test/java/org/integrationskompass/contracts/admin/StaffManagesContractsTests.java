package org.integrationskompass.contracts.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.AccountFixtures;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.browser.HtmlValidation;
import org.integrationskompass.contracts.domain.ContractAdministration;
import org.integrationskompass.contracts.domain.ContractRepository;
import org.integrationskompass.contracts.domain.FundingKind;
import org.integrationskompass.contracts.domain.MeasureStatus;
import org.integrationskompass.organisations.StaffBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.util.HtmlUtils;

/** Editors keep integration contracts, their measures and documents in the back office, through the real portal. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.demo.enabled=false")
class StaffManagesContractsTests {

	private static final String LIST = "/admin/integrationsvertraege";

	private static final String NEW = LIST + "/neu";

	private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	ContractRepository contracts;

	@Autowired
	ContractAdministration administration;

	StaffBrowser staff;

	@BeforeEach
	void signInAsEditor() {
		staff = new StaffBrowser(port);
		staff.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
	}

	@Test
	void createsADraftWithMeasuresAndADocumentThatVisitorsSeeOnlyWhilePublished() {
		var form = fields("Integrationsvertrag mit dem Sportbund");
		form.put("amount", List.of("120.000,50"));
		var created = staff.submit(NEW, NEW, form, null);

		assertThat(created.statusCode()).isEqualTo(302);
		var edit = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
		var contract = contracts.findBySlug("integrationsvertrag-mit-dem-sportbund").orElseThrow();
		assertThat(edit).isEqualTo(LIST + "/" + contract.id());
		assertThat(contract.isPublished()).isFalse();
		assertThat(contract.funding().amount()).isEqualByComparingTo("120000.50");
		assertThat(contract.partners()).singleElement().satisfies(partner -> {
			assertThat(partner.name()).isEqualTo("Landessportbund Beispiel");
			assertThat(partner.organisationId()).isNull();
		});
		var visitor = new PortalClient(port);
		var publicPath = "/integrationsvertraege/integrationsvertrag-mit-dem-sportbund";
		assertThat(visitor.get(publicPath).statusCode()).isEqualTo(404);
		assertThat(visitor.get("/integrationsvertraege").body()).doesNotContain("Sportbund");

		var measure = staff.submit(edit + "/massnahmen/neu", edit + "/massnahmen/neu", Map.of("titleDe",
				List.of("Übungsleitungen interkulturell schulen"), "status", List.of("IN_PROGRESS"), "progress", List.of("40")),
				null);
		assertThat(measure.statusCode()).isEqualTo(302);
		var done = staff.submit(edit + "/massnahmen/neu", edit + "/massnahmen/neu", Map.of("titleDe",
				List.of("Willkommensteams in Vereinen"), "status", List.of("DONE"), "progress", List.of("10")), null);
		assertThat(done.statusCode()).isEqualTo(302);
		var upload = staff.submit(edit + "/dokumente/neu", edit + "/dokumente/neu",
				Map.of("titleDe", List.of("Zwischenbericht 2026"), "accessible", List.of("true")),
				new StaffBrowser.Upload("Zwischenbericht Ü.pdf", "application/pdf", PDF, "file"));
		assertThat(upload.statusCode()).isEqualTo(302);
		staff.post(edit + "/veroeffentlichen", Map.of(), null, PortalClient.csrfTokenIn(staff.get(edit).body()));

		var page = visitor.get(publicPath).body();
		assertThat(page).contains("Integrationsvertrag mit dem Sportbund", "Landessportbund Beispiel",
				"Übungsleitungen interkulturell schulen", "Stand: In Umsetzung", "Stand: Abgeschlossen",
				"Vom Land gefördert mit 120.000,50\u00a0€", "Gesamtfortschritt: 70\u00a0%", "1. Januar 2026 bis 31. Dezember 2028",
				"Zwischenbericht 2026", "Barrierefreies PDF");
		var documentId = contracts.findById(contract.id()).map(c -> administration.documents(c.id()).get(0).id()).orElseThrow();
		var download = staff.getBytes(publicPath + "/dokumente/" + documentId);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment;")
			.contains("filename*=UTF-8''Zwischenbericht%20%C3%9C.pdf");
		assertThat(download.body()).isEqualTo(PDF);

		staff.post(edit + "/zurueckziehen", Map.of(), null, PortalClient.csrfTokenIn(staff.get(edit).body()));
		assertThat(visitor.get(publicPath).statusCode()).isEqualTo(404);
		assertThat(visitor.get(publicPath + "/dokumente/" + documentId).statusCode()).isEqualTo(404);
	}

	@Test
	void explainsEveryMistakeAndKeepsWhatWasTyped() {
		var form = fields("");
		form.put("topicDe", List.of("Sport für alle"));
		form.put("startsOn", List.of("2027-05-01"));
		form.put("endsOn", List.of("2027-04-30"));
		form.put("funding", List.of("STATE_FUNDED"));
		form.put("amount", List.of("-500"));
		form.put("signedOn", List.of("2027-02-30"));

		var answer = staff.submit(NEW, NEW, form, null);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(HtmlUtils.htmlUnescape(answer.body())).contains("ik-error-summary")
			.contains("href=\"#titleDe\"", "href=\"#signedOn\"", "href=\"#endsOn\"", "href=\"#amount\"")
			.contains("Das Ende der Laufzeit liegt vor ihrem Beginn.", "Die Fördersumme kann nicht negativ sein.")
			.contains("value=\"Sport für alle\"", "value=\"-500\"", "value=\"2027-04-30\"");
		HtmlValidation.assertValid(NEW, answer.body());
		var mixed = fields("Vertrag mit Selbstverpflichtung");
		mixed.put("amount", List.of("1000"));
		mixed.put("funding", List.of("SELF_COMMITMENT"));
		assertThat(staff.submit(NEW, NEW, mixed, null).body())
			.contains("Eine Selbstverpflichtung hat keine Landesförderung").contains("value=\"1000\"");
		var nobody = fields("Vertrag ohne Partner");
		nobody.put("partnerNames", List.of(" \n "));
		nobody.put("events", List.of("/veranstaltungen/gibt-es-nicht"));
		assertThat(staff.submit(NEW, NEW, nobody, null).body()).contains("Nennen Sie mindestens einen Partner")
			.contains("Diese Veranstaltungen gibt es im Kalender nicht oder sie sind nicht öffentlich: /veranstaltungen/gibt-es-nicht");
		assertThat(contracts.findAll()).noneMatch(c -> c.title().in("de").text().contains("Selbstverpflichtung")
				|| c.title().in("de").text().contains("ohne Partner"));
	}

	@Test
	void refusesDocumentsThatAreNotPdfsOrEmptyOrTooLargeAndExplainsWhy() throws Exception {
		var contract = administration.create(org.integrationskompass.contracts.ContractFixtures.contract("Vertrag für Dokumente", null));
		var page = LIST + "/" + contract.id() + "/dokumente/neu";

		var renamed = staff.submit(page, page, Map.of("titleDe", List.of("Bericht")),
				new StaffBrowser.Upload("bericht.pdf", "application/pdf", png(), "file"));
		var empty = staff.submit(page, page, Map.of("titleDe", List.of("Leerer Bericht")),
				new StaffBrowser.Upload("leer.pdf", "application/pdf", new byte[0], "file"));
		var untitled = staff.submit(page, page, Map.of("titleDe", List.of(" ")),
				new StaffBrowser.Upload("bericht.pdf", "application/pdf", PDF, "file"));
		var none = staff.submit(page, page, Map.of("titleDe", List.of("Ohne Datei")), null);

		assertThat(renamed.statusCode()).isEqualTo(200);
		assertThat(renamed.body()).contains("Die Datei ist kein PDF.").contains("value=\"Bericht\"").contains("href=\"#file\"");
		HtmlValidation.assertValid(page, renamed.body());
		assertThat(empty.body()).contains("Die gewählte Datei ist leer.");
		assertThat(untitled.body()).contains("href=\"#titleDe\"").contains("Bitte füllen Sie dieses Feld aus.");
		assertThat(none.body()).contains("Wählen Sie eine PDF-Datei aus.");
		assertThat(administration.documents(contract.id())).isEmpty();

		for (var prefix : List.of("", "/en")) {
			var tooLarge = postOversized(prefix + page);
			assertThat(tooLarge.statusCode()).isEqualTo(302);
			assertThat(tooLarge.headers().firstValue("Location")).get().asString().endsWith(prefix + page + "?zu-gross");
		}
		assertThat(staff.get(page + "?zu-gross").body()).contains("Die Datei ist größer als 10 MB.");
		assertThat(staff.get("/en" + page + "?zu-gross").body()).contains("The file is larger than 10 MB.");
		assertThat(administration.documents(contract.id())).isEmpty();
	}

	@Test
	void refusesProgressOutsideZeroToAHundredAndKeepsTheInput() {
		var contract = administration.create(org.integrationskompass.contracts.ContractFixtures.contract("Vertrag für Maßnahmen", null));
		var page = LIST + "/" + contract.id() + "/massnahmen/neu";

		var answer = staff.submit(page, page, Map.of("titleDe", List.of("Zu viel des Guten"), "status",
				List.of("IN_PROGRESS"), "progress", List.of("150")), null);
		var notANumber = staff.submit(page, page, Map.of("titleDe", List.of("Halb fertig"), "status",
				List.of("UNBEKANNT"), "progress", List.of("halb")), null);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Geben Sie den Fortschritt als ganze Zahl von 0 bis 100 ein.")
			.contains("value=\"150\"", "value=\"Zu viel des Guten\"");
		assertThat(notANumber.body()).contains("href=\"#progress\"", "href=\"#status\"", "value=\"halb\"");
		HtmlValidation.assertValid(page, notANumber.body());
		assertThat(administration.find(contract.id()).orElseThrow().measures()).isEmpty();

		var measure = administration.addMeasure(contract.id(),
				org.integrationskompass.contracts.ContractFixtures.measure("Erste Schritte", MeasureStatus.PLANNED, 0))
			.orElseThrow();
		var measurePage = LIST + "/" + contract.id() + "/massnahmen/" + measure.id();
		staff.submit(measurePage, measurePage, Map.of("titleDe", List.of("Erste Schritte"), "status", List.of("DONE"),
				"progress", List.of("20")), null);
		assertThat(administration.find(contract.id()).orElseThrow().overallProgress().percent()).isEqualTo(100);
		staff.post(measurePage + "/entfernen", Map.of(), null, PortalClient.csrfTokenIn(staff.get(measurePage).body()));
		assertThat(administration.find(contract.id()).orElseThrow().overallProgress().hasMeasures()).isFalse();
	}

	@Test
	void showsNoMeasuresYetInsteadOfZeroPerCentForAPublishedContractWithoutMeasures() {
		var contract = administration.create(org.integrationskompass.contracts.ContractFixtures.contract("Vertrag noch ohne Maßnahmen", null));
		administration.publish(contract.id());
		var visitor = new PortalClient(port);

		var list = visitor.get("/integrationsvertraege").body();
		var page = visitor.get("/integrationsvertraege/" + contract.slug()).body();

		var card = list.substring(list.indexOf("Vertrag noch ohne Ma"));
		card = card.substring(0, card.indexOf("</article>"));
		assertThat(card).contains("Noch keine Maßnahmen eingetragen").doesNotContain("<progress").doesNotContain("0\u00a0%");
		assertThat(page).contains("Noch keine Maßnahmen eingetragen").doesNotContain("<progress")
			.contains("Noch nicht unterzeichnet", "Selbstverpflichtung ohne Landesförderung");
	}

	@Test
	void letsOnlyEditorsAndAdministratorsKeepContracts() {
		var fachstelle = new StaffBrowser(port);
		fachstelle.signIn(AccountFixtures.account(accounts, passwords, Role.FACHSTELLE), AccountFixtures.PASSWORD);
		var admin = new StaffBrowser(port);
		admin.signIn(AccountFixtures.account(accounts, passwords, Role.ADMIN), AccountFixtures.PASSWORD);

		assertThat(fachstelle.get(LIST).statusCode()).isEqualTo(403);
		assertThat(admin.get(LIST).statusCode()).isEqualTo(200);
		assertThat(staff.get(LIST).statusCode()).isEqualTo(200);
		var anonymous = new PortalClient(port).get(LIST);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).get().asString().contains("/anmelden");
		assertThat(staff.get(LIST + "/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(staff.get(LIST + "/kein-vertrag").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> postOversized(String path) throws Exception {
		var boundary = "----kompass" + UUID.randomUUID().toString().replace("-", "");
		var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"gross.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.UTF_8);
		var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		var body = new byte[head.length + 11 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		java.util.Arrays.fill(body, head.length, head.length + 11 * 1024 * 1024, (byte) 'a');
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Map<String, List<String>> fields(String title) {
		var form = new LinkedHashMap<String, List<String>>();
		form.put("titleDe", List.of(title));
		form.put("topicDe", List.of("Integration im und durch Sport"));
		form.put("summaryDe", List.of("Sportvereine öffnen sich."));
		form.put("partnerNames", List.of("Landessportbund Beispiel"));
		form.put("signedOn", List.of("2026-03-12"));
		form.put("startsOn", List.of("2026-01-01"));
		form.put("endsOn", List.of("2028-12-31"));
		form.put("funding", List.of(FundingKind.STATE_FUNDED.name()));
		form.put("amount", List.of(""));
		return form;
	}

	private static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
	}
}
