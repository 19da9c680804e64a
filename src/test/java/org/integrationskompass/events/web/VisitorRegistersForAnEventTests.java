package org.integrationskompass.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.integrationskompass.PortalClient;
import org.integrationskompass.events.MutableClock;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventCategory;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventType;
import org.integrationskompass.events.domain.RegistrationRepository;
import org.integrationskompass.events.domain.RegistrationService;
import org.integrationskompass.events.domain.RegistrationStatus;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.site.MailContents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registrant's journeys through the real portal (HTTP like a browser without JavaScript) and the real mails
 * (GreenMail's SMTP server): register, get the link by mail, cancel through it, and the waiting list moving up.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:events-journeys;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "platform.demo.enabled=false",
		"platform.events.offer-hold=PT48H", "platform.events.registrations-per-hour=1000" })
class VisitorRegistersForAnEventTests {

	static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	private static final Pattern MANAGE_LINK = Pattern.compile("https?://[^/\\s]+(/veranstaltungen/anmeldung/[A-Za-z0-9_-]+)");

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	int port;

	@Autowired
	EventRepository events;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	RegistrationService service;

	@Autowired
	MutableClock clock;

	@Autowired
	TransactionTemplate transactions;

	PortalClient visitor;

	@BeforeEach
	void openTheCalendar() {
		clock.set(NOW);
		visitor = new PortalClient(port);
	}

	@Test
	void registersGetsTheLinkByMailCancelsAndTheWaitingEntryIsOfferedTheSeatsAndConfirms() throws Exception {
		var slug = event(1, 1);

		var amal = register(slug, "Amal Haddad", "amal@example.org", "1");
		assertThat(amal.statusCode()).isEqualTo(302);
		var amalsPage = location(amal);
		var confirmation = mailTo("amal@example.org", 1);
		assertThat(confirmation.getSubject()).startsWith("Anmeldung bestätigt: Schulung");
		assertThat(manageLink(confirmation)).as("the mail carries the same personal link").isEqualTo(amalsPage);
		assertThat(visitor.get(amalsPage + "?neu").body()).contains("Angemeldet").contains("Amal Haddad");

		var bogdan = register(slug, "Bogdan Kowalenko", "bogdan@example.org", "1");
		var waiting = mailTo("bogdan@example.org", 1);
		assertThat(waiting.getSubject()).startsWith("Warteliste: ");
		var bogdansLink = manageLink(waiting);
		assertThat(bogdansLink).isEqualTo(location(bogdan));
		assertThat(visitor.get(bogdansLink).body()).contains("Auf der Warteliste");

		var cancelled = post(amalsPage, amalsPage + "/absagen");
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(visitor.get(target(cancelled)).body()).contains("Ihre Anmeldung ist abgesagt.");
		assertThat(mailTo("amal@example.org", 2).getSubject()).startsWith("Abmeldung bestätigt: ");

		var offer = mailTo("bogdan@example.org", 2);
		assertThat(offer.getSubject()).startsWith("Plätze frei für Sie: ");
		assertThat(MailContents.textOf(offer)).as("held for 48 hours").contains("4. Dezember 2026");
		assertThat(manageLink(offer)).isEqualTo(bogdansLink);
		assertThat(visitor.get(bogdansLink).body()).contains("Plätze annehmen");

		var accepted = post(bogdansLink, bogdansLink + "/annehmen");
		assertThat(visitor.get(target(accepted)).body()).contains("Ihre Plätze sind bestätigt.").contains("Angemeldet");
		assertThat(mailTo("bogdan@example.org", 3).getSubject()).startsWith("Plätze bestätigt: ");

		var replayed = visitor.post(amalsPage + "/absagen", Map.of("_csrf", PortalClient.csrfTokenIn(
				visitor.get("/veranstaltungen/" + slug + "/anmeldung").body())));
		assertThat(replayed.statusCode()).as("a replayed cancel changes nothing").isEqualTo(302);
		assertThat(statusOf("bogdan@example.org")).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(statusOf("amal@example.org")).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(received("amal@example.org")).as("no second cancellation mail").hasSize(2);
	}

	@Test
	void passesAnOfferThatIsNotTakenUpInTimeToTheNextEntry() throws Exception {
		var slug = event(1, 1);
		var first = location(register(slug, "Ceren Yilmaz", "ceren@example.org", "1"));
		var second = location(register(slug, "Darya Petrenko", "darya@example.org", "1"));
		register(slug, "Emre Aksoy", "emre@example.org", "1");
		post(first, first + "/absagen");
		assertThat(mailTo("darya@example.org", 2).getSubject()).startsWith("Plätze frei für Sie: ");

		clock.set(NOW.plus(Duration.ofHours(49)));
		assertThat(service.expireOffers()).isPositive();

		assertThat(mailTo("darya@example.org", 3).getSubject()).startsWith("Angebot abgelaufen: ");
		assertThat(mailTo("emre@example.org", 2).getSubject()).startsWith("Plätze frei für Sie: ");
		var late = visitor.post(second + "/annehmen", Map.of("_csrf", PortalClient.csrfTokenIn(
				visitor.get("/barrierefreiheit").body())));
		assertThat(visitor.get(target(late)).body()).contains("Das Angebot gilt nicht mehr");
		assertThat(statusOf("darya@example.org")).isEqualTo(RegistrationStatus.EXPIRED);
		assertThat(statusOf("emre@example.org")).isEqualTo(RegistrationStatus.OFFERED);
	}

	@Test
	void tellsEveryoneRegisteredOrWaitingWhenTheEventIsCancelledInTheirLanguage() throws Exception {
		var slug = event(1, 1);
		register(slug, "Farid Nouri", "farid@example.org", "1");
		var english = new LinkedHashMap<String, String>(form("Grace Miller", "grace@example.org", "1"));
		visitor.submit("/en/veranstaltungen/" + slug + "/anmeldung", "/en/veranstaltungen/" + slug + "/anmeldung", english);
		mailTo("grace@example.org", 1);

		assertThat(service.cancelEvent(eventId(slug))).contains(2);

		assertThat(mailTo("farid@example.org", 2).getSubject()).startsWith("Abgesagt: Schulung");
		var toGrace = mailTo("grace@example.org", 2);
		assertThat(toGrace.getSubject()).startsWith("Cancelled: Training");
		assertThat(MailContents.textOf(toGrace)).contains("lang=\"en\"").doesNotContain("Ihre Anmeldung");
		assertThat(visitor.get("/veranstaltungen/" + slug).body()).contains("Diese Veranstaltung ist abgesagt");
	}

	@Test
	void explainsEveryMistakeKeepsWhatWasTypedAndStoresNothing() {
		var slug = event(5, 2);
		var before = registrations.count();
		for (var seats : List.of("0", "-1", "3", "abc", "")) {
			var answer = register(slug, "Hana Saleh", "hana@example.org", seats);
			assertThat(answer.statusCode()).as("seats " + seats).isEqualTo(200);
			assertThat(answer.body()).contains("ik-error-summary").contains("href=\"#seats\"").contains("value=\"Hana Saleh\"");
		}
		var badAddress = register(slug, "Hana Saleh", "hana@example", "1");
		assertThat(badAddress.body()).contains("href=\"#email\"").contains("value=\"hana@example\"");
		var fields = form("Hana Saleh", "hana@example.org", "2");
		fields.remove("consent");
		var noConsent = visitor.submit("/veranstaltungen/" + slug + "/anmeldung", "/veranstaltungen/" + slug + "/anmeldung", fields);
		assertThat(noConsent.body()).contains("href=\"#consent\"").contains("value=\"2\"");
		assertThat(registrations.count()).isEqualTo(before);
	}

	@Test
	void refusesASecondSubmitOfTheSameFormAndRegistrationsAfterClosing() throws Exception {
		var slug = event(5, 2);
		var page = visitor.get("/veranstaltungen/" + slug + "/anmeldung").body();
		var fields = form("Ilias Berisha", "ilias@example.org", "2");
		fields.put("_csrf", PortalClient.csrfTokenIn(page));
		assertThat(visitor.post("/veranstaltungen/" + slug + "/anmeldung", fields).statusCode()).isEqualTo(302);

		var again = visitor.post("/veranstaltungen/" + slug + "/anmeldung", fields);

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("schon angemeldet");
		assertThat(mailTo("ilias@example.org", 2).getSubject()).as("the link is sent again")
			.startsWith("Ihr Link zur Anmeldung: ");
		assertThat(registrations.findByEvent(eventId(slug))).hasSize(1);
		assertThat(events.freeSeats(eventId(slug))).isEqualTo(3);

		clock.set(NOW.plus(Duration.ofDays(29)));
		assertThat(visitor.get("/veranstaltungen/" + slug + "/anmeldung").body())
			.contains("Keine Anmeldung möglich").doesNotContain("name=\"email\"");
		var lateFields = form("Jana Novak", "jana@example.org", "1");
		lateFields.put("_csrf", PortalClient.csrfTokenIn(visitor.get("/barrierefreiheit").body()));
		var late = visitor.post("/veranstaltungen/" + slug + "/anmeldung", lateFields);
		assertThat(late.statusCode()).isEqualTo(200);
		assertThat(late.body()).contains("Für diese Veranstaltung ist die Anmeldung nicht geöffnet.");
		assertThat(registrations.findByEvent(eventId(slug))).hasSize(1);
	}

	@Test
	void answersATamperedLinkWithAClearPageAndChangesNothing() {
		var slug = event(5, 1);
		var link = location(register(slug, "Karim Said", "karim@example.org", "1"));
		var tampered = link.substring(0, link.length() - 2) + (link.endsWith("AA") ? "BB" : "AA");

		var page = visitor.get(tampered);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Dieser Link ist nicht gültig");
		var cancel = visitor.post(tampered + "/absagen", Map.of("_csrf", PortalClient.csrfTokenIn(
				visitor.get("/veranstaltungen/" + slug + "/anmeldung").body())));
		assertThat(cancel.statusCode()).isEqualTo(404);
		assertThat(statusOf("karim@example.org")).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(visitor.get(link).headers().firstValue("Referrer-Policy")).contains("no-referrer");
	}

	@Test
	void keepsWhatWasTypedWhenTheFormWasOpenTooLongAndRegistersOnTheNextSubmit() {
		var slug = event(10, 4);
		var typed = form("Nour Al-Sayed", "nour@example.org", "3");
		typed.put("needs", "Rollstuhlplatz");
		typed.put("_csrf", "a-token-from-yesterday");

		var stale = visitor.post("/en/veranstaltungen/" + slug + "/anmeldung", typed);

		assertThat(stale.statusCode()).isEqualTo(200);
		assertThat(stale.body()).contains("The form was open for too long").contains("value=\"Nour Al-Sayed\"")
			.contains("value=\"nour@example.org\"").contains("value=\"3\"").contains("Rollstuhlplatz");
		assertThat(registrations.findAll()).noneMatch(registration -> registration.email().equals("nour@example.org"));

		typed.put("_csrf", PortalClient.csrfTokenIn(stale.body()));
		var sentAgain = visitor.post("/en/veranstaltungen/" + slug + "/anmeldung", typed);

		assertThat(sentAgain.statusCode()).isEqualTo(302);
		assertThat(statusOf("nour@example.org")).isEqualTo(RegistrationStatus.CONFIRMED);
	}

	private java.net.http.HttpResponse<String> register(String slug, String name, String email, String seats) {
		return visitor.submit("/veranstaltungen/" + slug + "/anmeldung", "/veranstaltungen/" + slug + "/anmeldung",
				form(name, email, seats));
	}

	private static LinkedHashMap<String, String> form(String name, String email, String seats) {
		var form = new LinkedHashMap<String, String>();
		form.put("seats", seats);
		form.put("name", name);
		form.put("email", email);
		form.put("organisation", "");
		form.put("needs", "");
		form.put("consent", "true");
		return form;
	}

	private java.net.http.HttpResponse<String> post(String page, String action) {
		return visitor.submit(page, action, Map.of());
	}

	private static String location(java.net.http.HttpResponse<String> response) {
		var location = response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(
				"no redirect: " + response.statusCode() + " " + response.body()));
		return URI.create(location).getPath();
	}

	/** Where a redirect leads, with its query (the notice the page shows). */
	private static String target(java.net.http.HttpResponse<String> response) {
		var uri = URI.create(response.headers().firstValue("Location").orElseThrow());
		return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
	}

	private MimeMessage mailTo(String address, int count) throws Exception {
		var deadline = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < deadline) {
			var mails = received(address);
			if (mails.size() >= count) {
				return mails.get(count - 1);
			}
			Thread.sleep(50);
		}
		throw new AssertionError("mail " + count + " to " + address + " did not arrive; got " + received(address).size());
	}

	private static List<MimeMessage> received(String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(mail -> {
			try {
				return mail.getAllRecipients()[0].toString().equals(address);
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private static String manageLink(MimeMessage mail) {
		var matcher = MANAGE_LINK.matcher(MailContents.textOf(mail));
		assertThat(matcher.find()).as("the mail has a personal link").isTrue();
		return matcher.group(1);
	}

	private RegistrationStatus statusOf(String email) {
		return transactions.execute(status -> registrations.findAll().stream()
			.filter(registration -> registration.email().equals(email))
			.findFirst()
			.orElseThrow()
			.status());
	}

	private UUID eventId(String slug) {
		return events.findBySlug(slug).orElseThrow().id();
	}

	private String event(int capacity, int maxSeats) {
		return transactions.execute(status -> {
			var slug = "schulung-" + UUID.randomUUID();
			var event = new Event(slug, LocalizedText.german("Schulung für Lots*innen").with("en", "Training for guides"),
					EventType.WORKSHOP, EventCategory.LOTSINNEN, NOW.plus(Duration.ofDays(30)),
					NOW.plus(Duration.ofDays(30)).plus(Duration.ofHours(6)), capacity, NOW);
			event.maxSeatsPerRegistration(maxSeats);
			event.registrationWindow(null, NOW.plus(Duration.ofDays(28)));
			event.publish(NOW);
			events.save(event);
			return slug;
		});
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(NOW);
		}
	}
}
