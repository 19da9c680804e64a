package org.integrationskompass.events.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.AccountFixtures;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventStatus;
import org.integrationskompass.events.domain.RegistrationRepository;
import org.integrationskompass.events.domain.RegistrationStatus;
import org.integrationskompass.organisations.StaffBrowser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Staff keep events and their registrations in the back office, through the real portal and real mail. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:events-admin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "platform.demo.enabled=false" })
class StaffManagesEventsTests {

	private static final String NEW = "/admin/veranstaltungen/neu";

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	EventRepository events;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	TransactionTemplate transactions;

	StaffBrowser staff;

	@BeforeEach
	void signInAsEditor() {
		staff = new StaffBrowser(port);
		staff.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
	}

	@Test
	void createsADraftWithAnImageThatVisitorsSeeOnlyOncePublished() throws Exception {
		var created = staff.submit(NEW, NEW, fields("Fachtag Vielfalt im Verein", "2027-03-10", "Kassel"),
				new StaffBrowser.Upload("bild.png", "image/png", png(), "image"));

		assertThat(created.statusCode()).isEqualTo(302);
		var edit = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
		var event = events.findBySlug("fachtag-vielfalt-im-verein").orElseThrow();
		assertThat(edit).endsWith("/admin/veranstaltungen/" + event.id());
		assertThat(event.status()).isEqualTo(EventStatus.DRAFT);
		assertThat(event.languages()).containsExactly("ar", "de");
		assertThat(event.startsAt()).hasToString("2027-03-10T09:00:00Z");
		var visitor = new PortalClient(port);
		assertThat(visitor.get("/veranstaltungen/fachtag-vielfalt-im-verein").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/veranstaltungen").body()).doesNotContain("Fachtag Vielfalt im Verein");

		staff.post(edit + "/veroeffentlichen", Map.of(), null, PortalClient.csrfTokenIn(staff.get(edit).body()));

		var page = visitor.get("/veranstaltungen/fachtag-vielfalt-im-verein").body();
		assertThat(page).contains("Fachtag Vielfalt im Verein").contains("alt=\"Menschen an einem runden Tisch\"")
			.contains("© Foto: Kompetenzzentrum").contains("\"@type\":\"Event\"");
		assertThat(visitor.get("/veranstaltungen").body()).contains("Fachtag Vielfalt im Verein");
		var image = staff.getBytes("/veranstaltungen/fachtag-vielfalt-im-verein/bild");
		assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
	}

	@Test
	void explainsEveryMistakeAndKeepsWhatWasTyped() throws Exception {
		var form = fields("Workshop Förderanträge", "2027-02-30", "");
		form.put("online", List.of());
		form.put("capacity", List.of("viele"));
		form.put("imageAltDe", List.of(""));

		var answer = staff.submit(NEW, NEW, form, new StaffBrowser.Upload("bild.png", "image/png", png(), "image"));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("ik-error-summary")
			.contains("href=\"#startDate\"", "href=\"#city\"", "href=\"#capacity\"", "href=\"#imageAltDe\"")
			.contains("name=\"titleDe\" value=\"Workshop F").contains("value=\"viele\"");
		var svg = staff.submit(NEW, NEW, fields("Workshop Förderanträge", "2027-02-12", "Fulda"),
				new StaffBrowser.Upload("bild.svg", "image/svg+xml", "<svg onload=alert(1)>".getBytes(), "image"));
		assertThat(svg.body()).contains("SVG-Dateien nehmen wir nicht an");
		assertThat(events.findBySlug("workshop-foerderantraege")).isEmpty();
	}

	@Test
	void keepsTheListByHandChecksInMessagesEveryoneAndMovesTheWaitingListUp() throws Exception {
		var edit = createPublished("Netzwerktreffen Ehrenamt", "1");
		var list = edit + "/anmeldungen";

		var added = staff.post(list, form("name", "Layla Ahmadi", "email", "layla@example.org", "seats", "1",
				"organisation", "", "needs", "", "language", "ar"), null, csrf(list));
		assertThat(added.statusCode()).isEqualTo(302);
		staff.post(list, form("name", "Mehmet Kaya", "email", "mehmet@example.org", "seats", "1", "organisation", "",
				"needs", "", "language", "de"), null, csrf(list));
		var page = staff.get(list).body();
		assertThat(page).contains("Teilnehmende (1)").contains("Warteliste (1)").contains("Layla Ahmadi");
		assertThat(waitFor("layla@example.org", 1).get(0).getSubject()).startsWith("تم تأكيد التسجيل");

		var layla = registration("layla@example.org");
		staff.post(list + "/" + layla + "/anwesend", form("arrived", "true"), null, csrf(list));
		assertThat(registrations.findById(layla).orElseThrow().checkedInAt()).isNotNull();
		assertThat(staff.get(list).body()).contains("Angekommen um");

		var badMessage = staff.post(list + "/nachricht", form("subject", "", "body", ""), null, csrf(list));
		assertThat(badMessage.statusCode()).isEqualTo(200);
		assertThat(badMessage.body()).contains("href=\"#subject\"");
		staff.post(list + "/nachricht", form("subject", "Raum geändert", "body", "Wir treffen uns in Raum 2.",
				"includingWaitingList", "true"), null, csrf(list));
		assertThat(waitFor("mehmet@example.org", 2)).anySatisfy(mail -> assertThat(mail.getSubject())
			.isEqualTo("Netzwerktreffen Ehrenamt: Raum geändert"));

		var unconfirmed = staff.post(list + "/" + layla + "/entfernen", Map.of(), null, csrf(list));
		assertThat(unconfirmed.statusCode()).as("a remove without the confirmation asks first").isEqualTo(302);
		assertThat(registrations.findById(layla).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
		var question = staff.get(list + "/" + layla + "/entfernen");
		assertThat(question.body()).contains("Anmeldung von Layla").contains("nicht rückgängig");
		staff.post(list + "/" + layla + "/entfernen", form("confirm", "yes"), null, csrf(list + "/" + layla + "/entfernen"));
		assertThat(registrations.findById(layla).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(registrations.findById(registration("mehmet@example.org")).orElseThrow().status())
			.isEqualTo(RegistrationStatus.OFFERED);
		assertThat(waitFor("mehmet@example.org", 3)).anySatisfy(mail -> assertThat(mail.getSubject())
			.startsWith("Plätze frei für Sie"));
	}

	@Test
	void cancelsAnEventOnlyWhenConfirmedAndRefusesFewerSeatsThanTaken() throws Exception {
		var edit = createPublished("Infoabend Einbürgerung", "3");
		var list = edit + "/anmeldungen";
		staff.post(list, form("name", "Nadia Rahimi", "email", "nadia@example.org", "seats", "2", "organisation", "",
				"needs", "", "language", "de"), null, csrf(list));

		var fewer = fields("Infoabend Einbürgerung", "2027-04-01", "Gießen");
		fewer.put("capacity", List.of("1"));
		var refused = staff.submit(edit, edit, fewer, null);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Es sind schon 2 Plätze vergeben");

		staff.post(edit + "/absagen", Map.of(), null, csrf(edit));
		var slug = "infoabend-einbuergerung";
		assertThat(events.findBySlug(slug).orElseThrow().status()).isEqualTo(EventStatus.PUBLISHED);
		staff.post(edit + "/absagen", form("confirm", "yes"), null, csrf(edit));
		assertThat(events.findBySlug(slug).orElseThrow().status()).isEqualTo(EventStatus.CANCELLED);
		assertThat(waitFor("nadia@example.org", 2)).anySatisfy(mail -> assertThat(mail.getSubject())
			.isEqualTo("Abgesagt: Infoabend Einbürgerung"));
	}

	@Test
	void warnsBeforeASaveWouldUndoWhatSomeoneElseSavedMeanwhile() {
		var edit = createPublished("Sprechstunde Anerkennung", "20");
		var openedAt = editedFrom(staff.get(edit).body());

		var colleague = fields("Sprechstunde Anerkennung ausländischer Abschlüsse", "2027-04-01", "Gießen");
		colleague.put("capacity", List.of("20"));
		colleague.put("imageAltDe", List.of(""));
		assertThat(staff.submit(edit, edit, colleague, null).statusCode()).isEqualTo(302);

		var mine = fields("Sprechstunde Anerkennung, neuer Raum", "2027-04-01", "Gießen");
		mine.put("capacity", List.of("20"));
		mine.put("imageAltDe", List.of(""));
		mine.put("editedFrom", List.of(openedAt));
		var warned = staff.post(edit, mine, null, csrf(edit));

		assertThat(warned.statusCode()).isEqualTo(200);
		assertThat(warned.body()).contains("Jemand anderes hat diese Veranstaltung gespeichert")
			.contains("value=\"Sprechstunde Anerkennung, neuer Raum\"");
		assertThat(events.findBySlug("sprechstunde-anerkennung").orElseThrow().title().in("de").text())
			.isEqualTo("Sprechstunde Anerkennung ausländischer Abschlüsse");

		mine.put("editedFrom", List.of(editedFrom(warned.body())));
		assertThat(staff.post(edit, mine, null, PortalClient.csrfTokenIn(warned.body())).statusCode()).isEqualTo(302);
		assertThat(events.findBySlug("sprechstunde-anerkennung").orElseThrow().title().in("de").text())
			.isEqualTo("Sprechstunde Anerkennung, neuer Raum");
	}

	private static String editedFrom(String html) {
		var matcher = java.util.regex.Pattern.compile("name=\"editedFrom\" value=\"([^\"]+)\"").matcher(html);
		assertThat(matcher.find()).as("the form carries when it was opened").isTrue();
		return matcher.group(1);
	}

	@Test
	void sendsVisitorsWithoutAnAccountToTheSignIn() {
		var visitor = new PortalClient(port);
		assertThat(visitor.get("/admin/veranstaltungen").statusCode()).isEqualTo(302);
		assertThat(new StaffBrowser(port).get("/admin/veranstaltungen/" + UUID.randomUUID()).statusCode()).isEqualTo(302);
		assertThat(staff.get("/admin/veranstaltungen/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	private String createPublished(String title, String capacity) {
		var fields = fields(title, "2027-04-01", "Gießen");
		fields.put("capacity", List.of(capacity));
		fields.put("imageAltDe", List.of(""));
		var created = staff.submit(NEW, NEW, fields, null);
		var edit = URI.create(created.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
				created.body())).toString()).getPath();
		staff.post(edit + "/veroeffentlichen", Map.of(), null, csrf(edit));
		return edit;
	}

	private String csrf(String page) {
		return PortalClient.csrfTokenIn(staff.get(page).body());
	}

	private UUID registration(String email) {
		return transactions.execute(s -> registrations.findAll().stream()
			.filter(r -> r.email().equals(email)).findFirst().orElseThrow().id());
	}

	private static List<jakarta.mail.internet.MimeMessage> waitFor(String address, int count) throws Exception {
		for (var i = 0; i < 200; i++) {
			var mails = Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> {
				try {
					return mail.getAllRecipients()[0].toString().equals(address);
				}
				catch (jakarta.mail.MessagingException e) {
					throw new IllegalStateException(e);
				}
			}).toList();
			if (mails.size() >= count) {
				return mails;
			}
			Thread.sleep(50);
		}
		throw new AssertionError(count + " mails to " + address + " did not arrive");
	}

	private static Map<String, List<String>> form(String... pairs) {
		var form = new LinkedHashMap<String, List<String>>();
		for (var i = 0; i < pairs.length; i += 2) {
			form.put(pairs[i], List.of(pairs[i + 1]));
		}
		return form;
	}

	private static Map<String, List<String>> fields(String title, String date, String city) {
		var form = new LinkedHashMap<String, List<String>>();
		form.put("titleDe", List.of(title));
		form.put("titleEn", List.of(""));
		form.put("titleAr", List.of(""));
		form.put("teaserDe", List.of("Ein Tag für Austausch."));
		form.put("descriptionDe", List.of("Programm folgt."));
		form.put("type", List.of("WORKSHOP"));
		form.put("category", List.of("MIGRANT_ORGANISATIONS"));
		form.put("organisationId", List.of(""));
		form.put("startDate", List.of(date));
		form.put("startTime", List.of("10:00"));
		form.put("endDate", List.of(""));
		form.put("endTime", List.of("16:00"));
		form.put("venueName", List.of("Rathaus"));
		form.put("street", List.of(""));
		form.put("postcode", List.of(""));
		form.put("city", List.of(city));
		form.put("kreisKey", List.of(""));
		form.put("stepFree", List.of("true"));
		form.put("languages", List.of("de", "ar"));
		form.put("capacity", List.of("20"));
		form.put("maxSeats", List.of("2"));
		form.put("imageAltDe", List.of("Menschen an einem runden Tisch"));
		form.put("imageCredit", List.of("Foto: Kompetenzzentrum"));
		return form;
	}

	private static byte[] png() throws Exception {
		var image = new BufferedImage(32, 18, BufferedImage.TYPE_INT_RGB);
		var out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
