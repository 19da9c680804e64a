package org.integrationskompass.offers;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Pattern;
import org.integrationskompass.accounts.SecondFactorCodes;
import org.integrationskompass.organisations.StaffBrowser;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.AccountFixtures;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.events.MutableClock;
import org.integrationskompass.offers.domain.Offer;
import org.integrationskompass.offers.domain.OfferFreshness;
import org.integrationskompass.offers.domain.OfferRepository;
import org.integrationskompass.offers.domain.OfferService;
import org.integrationskompass.offers.domain.OfferStatus;
import org.integrationskompass.offers.domain.TargetGroupRepository;
import org.integrationskompass.offers.domain.TopicRepository;
import org.integrationskompass.organisations.Fachstelle;
import org.integrationskompass.organisations.OrganisationKind;
import org.integrationskompass.organisations.OrganisationSummary;
import org.integrationskompass.organisations.domain.OrganisationDetails;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The freshness cycle of issue #7 with a clock the test moves, through the real portal and a real SMTP server
 * (GreenMail on port 3193): the reminder, the one-click link, pausing, the editors' mail and every way a link can be
 * no good. The job is run by the test; its schedule is pushed out of the way.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.mail.host=127.0.0.1",
		"spring.mail.port=3193", "platform.demo.enabled=false", "platform.mail.office=redaktion@kompass.example",
		"platform.offers.freshness.initial-delay=PT240H" })
@Import(ProviderKeepsAnOfferCurrentTests.MovableClock.class)
class ProviderKeepsAnOfferCurrentTests {

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/angebote/noch-aktuell/([A-Za-z0-9_-]{43}))");

	/** A Thursday morning in Germany. */
	private static final Instant START = Instant.parse("2027-03-18T08:00:00Z");

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3193, "127.0.0.1", "smtp"));

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClock {

		@Bean
		@Primary
		MutableClock movableClock() {
			return new MutableClock(START);
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	OfferFreshness freshness;

	@Autowired
	OfferRepository offers;

	@Autowired
	OrganisationService organisationService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	private final OfferFixtures fixtures;

	@Autowired
	ProviderKeepsAnOfferCurrentTests(OrganisationService organisations, OfferService offerService, TopicRepository topics,
			TargetGroupRepository targetGroups) {
		this.fixtures = new OfferFixtures(organisations, offerService, topics, targetGroups);
	}

	@org.junit.jupiter.api.BeforeEach
	void computeSecondFactorCodesForTheMovableClock() {
		SecondFactorCodes.followClock(clock);
	}

	@org.junit.jupiter.api.AfterEach
	void computeSecondFactorCodesForTheSystemClockAgain() {
		SecondFactorCodes.followSystemClock();
	}

	@Test
	void remindsTheProviderOnceAndTheLinkConfirmsTheOfferOnlyWhenTheButtonIsPressed() throws Exception {
		clock.set(START);
		var today = freshness.today();
		var offer = fixtures.offer("Frischetest Sprachcafé").contactEmail("anbieterin@verein.example")
			.confirmedOn(today.minusMonths(11).minusDays(1)).create();
		var notYetDue = fixtures.offer("Frischetest Nähtreff").contactEmail("naehtreff@verein.example")
			.confirmedOn(today.minusMonths(11).plusDays(1)).create();

		freshness.run();

		var mail = onlyMailTo("anbieterin@verein.example");
		assertThat(mailsTo("naehtreff@verein.example")).as("not due yet").isEmpty();
		assertThat(mail.getSubject()).isEqualTo("Ist „Frischetest Sprachcafé“ noch aktuell?");
		assertThat(part(mail, "text/plain")).contains("Guten Tag,").contains("zuletzt am")
			.contains("/angebote/noch-aktuell/");
		assertThat(part(mail, "text/html")).contains("lang=\"de\"").contains("/angebote/noch-aktuell/");
		var link = link(mail);
		var token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(jdbc.queryForList("SELECT token_hash FROM offers_freshness_cycle", String.class))
			.as("only the hash is stored").doesNotContain(token);

		var visitor = new PortalClient(port);
		var page = visitor.get(link);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
		assertThat(page.body()).contains("Frischetest Sprachcafé").contains("Ja, das Angebot ist noch aktuell")
			.containsOnlyOnce("type=\"submit\"");
		assertThat(reload(offer).lastConfirmedOn()).as("opening the link changes nothing")
			.isEqualTo(today.minusMonths(11).minusDays(1));

		var confirmed = visitor.submit(link, link, Map.of());

		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(confirmed.body()).contains("Danke für Ihre Bestätigung");
		assertThat(reload(offer).lastConfirmedOn()).isEqualTo(today);
		assertThat(reload(offer).status()).isEqualTo(OfferStatus.PUBLISHED);

		freshness.run();
		freshness.run();
		assertThat(mailsTo("anbieterin@verein.example")).as("no second reminder").hasSize(1);

		var replayed = visitor.get(link);
		assertThat(replayed.statusCode()).isEqualTo(410);
		assertThat(replayed.body()).contains("Schon bestätigt").contains("18. März 2027");
		var postedAgain = visitor.submit("/barrierefreiheit", link, Map.of());
		assertThat(postedAgain.statusCode()).isEqualTo(410);

		var tampered = link.substring(0, link.length() - 1) + (token.endsWith("A") ? "B" : "A");
		assertThat(visitor.get(tampered).statusCode()).isEqualTo(404);
		assertThat(visitor.get(tampered).body()).contains("Link nicht gefunden");
		assertThat(visitor.submit("/barrierefreiheit", tampered, Map.of()).statusCode()).isEqualTo(404);
		assertThat(visitor.get("/angebote/noch-aktuell/kurz").statusCode()).isEqualTo(404);
		assertThat(visitor.get("/angebote/noch-aktuell/" + "x".repeat(500)).statusCode()).isEqualTo(404);
		assertThat(visitor.get("/en/angebote/noch-aktuell/" + token).statusCode()).isEqualTo(410);
		for (var odd : List.of("%00", "%2e%2e", "%E2%80%AE" + token, token + "%20", token + ".html")) {
			assertThat(visitor.get("/angebote/noch-aktuell/" + odd).statusCode()).as(odd).isIn(400, 404);
		}
		assertThat(visitor.post(link, Map.of()).statusCode()).as("no CSRF token").isEqualTo(403);
		assertThat(reload(notYetDue).status()).isEqualTo(OfferStatus.PUBLISHED);
	}

	@Test
	void pausesAnOfferNobodyConfirmedTellsTheEditorsAndTheLinkPublishesItAgain() throws Exception {
		clock.set(START);
		var organisation = organisationWithEmail("Frischeverein Kassel", "post@frischeverein.example");
		var offer = fixtures.offer("Frischetest Elterncafé").by(organisation).at(OfferFixtures.KASSEL)
			.confirmedOn(freshness.today().minusMonths(11).minusDays(1)).create();
		var visitor = new PortalClient(port);
		assertThat(visitor.get("/angebote/" + offer.slug()).statusCode()).isEqualTo(200);

		freshness.run();
		var link = link(onlyMailTo("post@frischeverein.example"));

		clock.set(START.plusSeconds(60L * 24 * 3600));
		var run = freshness.run();

		assertThat(run.paused()).extracting(OfferFreshness.PausedOffer::title).contains("Frischetest Elterncafé");
		assertThat(reload(offer).status()).isEqualTo(OfferStatus.PAUSED);
		assertThat(jdbc.queryForList("""
				SELECT e.actor FROM audit_entry e JOIN audit_change c ON c.entry_id = e.id
				WHERE e.subject_id = ? AND c.property = 'status' AND c.new_value = 'PAUSED'""", String.class,
				offer.id().value().toString())).as("the audit log names the job").containsExactly("system");
		assertThat(visitor.get("/angebote/" + offer.slug()).statusCode()).isEqualTo(404);
		assertThat(visitor.get("/angebote?q=" + URLEncoder.encode("Elterncafé", StandardCharsets.UTF_8)).body())
			.doesNotContain("Frischetest Elterncafé");
		var editors = onlyMailTo("redaktion@kompass.example");
		assertThat(part(editors, "text/plain")).contains("Frischetest Elterncafé").contains("Frischeverein Kassel")
			.contains("/admin/angebote/" + offer.id() + "/bearbeiten");
		assertThat(mailsTo("post@frischeverein.example")).as("no second reminder while paused").hasSize(1);

		freshness.run();
		assertThat(mailsTo("redaktion@kompass.example")).as("paused once, told once").hasSize(1);

		var page = visitor.get(link);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("zurzeit pausiert");
		var confirmed = visitor.submit(link, link, Map.of());

		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.body()).contains("wieder öffentlich");
		assertThat(reload(offer).status()).isEqualTo(OfferStatus.PUBLISHED);
		assertThat(reload(offer).lastConfirmedOn()).isEqualTo(freshness.today());
		assertThat(visitor.get("/angebote/" + offer.slug()).statusCode()).isEqualTo(200);
		assertThat(visitor.get("/angebote?q=" + URLEncoder.encode("Elterncafé", StandardCharsets.UTF_8)).body())
			.contains("Frischetest Elterncafé");
	}

	@Test
	void twoInstancesRunningTheJobAtOnceSendOneReminder() throws Exception {
		clock.set(START);
		fixtures.offer("Frischetest Doppellauf").contactEmail("doppellauf@verein.example")
			.confirmedOn(freshness.today().minusMonths(11).minusDays(3)).create();
		var barrier = new CyclicBarrier(2);
		var first = CompletableFuture.runAsync(() -> runAfter(barrier));
		var second = CompletableFuture.runAsync(() -> runAfter(barrier));

		CompletableFuture.allOf(first, second).join();
		freshness.run();

		assertThat(mailsTo("doppellauf@verein.example")).hasSize(1);
	}

	@Test
	void aReminderWhoseMailFailedIsSentByTheNextRun() throws Exception {
		clock.set(START);
		fixtures.offer("Frischetest Postausfall").contactEmail("postausfall@verein.example")
			.confirmedOn(freshness.today().minusMonths(11).minusDays(2)).create();
		greenMail.stop();
		try {
			freshness.run();
		}
		finally {
			greenMail.start();
		}
		assertThat(jdbc.queryForObject("""
				SELECT c.reminder_state FROM offers_freshness_cycle c JOIN offers_offer o ON o.id = c.offer_id
				WHERE o.contact_email = 'postausfall@verein.example'""", String.class)).isEqualTo("DUE");

		freshness.sendDueReminders();

		assertThat(mailsTo("postausfall@verein.example")).hasSize(1);
	}

	@Test
	void staffSeeTheSharesAndConfirmAnOfferFromTheBackOffice() {
		clock.set(START);
		var today = freshness.today();
		var old = fixtures.offer("Frischetest Alt").topics("sprache-bildung").at(OfferFixtures.MARBURG)
			.confirmedOn(today.minusMonths(12).minusDays(3)).create();
		fixtures.offer("Frischetest Neu").topics("sprache-bildung").at(OfferFixtures.MARBURG, OfferFixtures.GIESSEN)
			.confirmedOn(today.minusDays(3)).create();

		var dashboard = freshness.dashboard();

		var marburg = dashboard.byKreis().stream().filter(s -> s.key().equals("06534")).findFirst().orElseThrow();
		assertThat(marburg.total()).isGreaterThanOrEqualTo(2);
		assertThat(marburg.current()).isLessThan(marburg.total());
		assertThat(dashboard.byTopic()).extracting(OfferFreshness.Share::key).contains("sprache-bildung");
		assertThat(dashboard.due()).extracting(OfferFreshness.Entry::id).contains(old.id().value());

		var staff = signedInEditor();
		var page = staff.get("/admin/angebote/aktualitaet");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Aktuelle Angebote nach Kreis").contains("Marburg-Biedenkopf")
			.contains("Aktuelle Angebote nach Handlungsfeld").contains("scope=\"row\"").contains("Frischetest Alt")
			.contains("/admin/angebote/" + old.id() + "/bearbeiten");
		assertThat(staff.get("/admin/angebote").body()).contains("href=\"/admin/angebote/aktualitaet\"");

		var confirmed = staff.submit("/admin/angebote/aktualitaet", "/admin/angebote/" + old.id() + "/noch-aktuell",
				Map.of(), null);

		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(reload(old).lastConfirmedOn()).isEqualTo(today);
		assertThat(freshness.dashboard().due()).extracting(OfferFreshness.Entry::id).doesNotContain(old.id().value());
		assertThat(staff.get("/admin/angebote/aktualitaet").body()).contains("„Frischetest Alt“ ist als aktuell bestätigt.");
		assertThat(staff.submit("/admin/angebote/aktualitaet", "/admin/angebote/kein-angebot/noch-aktuell", Map.of(), null)
			.statusCode()).isEqualTo(404);
		assertThat(new PortalClient(port).get("/admin/angebote/aktualitaet").statusCode()).as("staff only")
			.isIn(302, 401, 403);
	}

	private StaffBrowser signedInEditor() {
		var staff = new StaffBrowser(port);
		staff.signIn(AccountFixtures.account(accounts, passwords, Role.EDITOR), AccountFixtures.PASSWORD);
		assertThat(staff.get("/admin").statusCode()).as("signed in").isEqualTo(200);
		return staff;
	}

	private void runAfter(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		freshness.run();
	}

	private Offer reload(Offer offer) {
		return offers.findById(offer.id().value()).orElseThrow();
	}

	private OrganisationSummary organisationWithEmail(String name, String email) {
		return organisationService.create(new OrganisationDetails(name, OrganisationKind.ASSOCIATION,
				LocalizedText.german("Ein Verein für Tests."), "Königsplatz 1", "34117", "Kassel", "06611000", "06611",
				51.3162, 9.4920, null, email, null, Set.of("de"), LocalizedText.empty(), true, Fachstelle.WIR_LOTSINNEN),
				false).asSummary();
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private static MimeMessage onlyMailTo(String address) {
		var mails = mailsTo(address);
		assertThat(mails).as("mails to %s", address).hasSize(1);
		return mails.get(0);
	}

	private static String link(MimeMessage mail) throws Exception {
		var matcher = LINK.matcher(part(mail, "text/plain"));
		assertThat(matcher.find()).as("a link in the mail").isTrue();
		return matcher.group(1);
	}

	static String part(Part part, String type) throws Exception {
		return find(part, type).orElseThrow(() -> new AssertionError("no " + type + " part"));
	}

	private static Optional<String> find(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return Optional.of(part.getContent().toString());
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (var i = 0; i < multipart.getCount(); i++) {
				var found = find(multipart.getBodyPart(i), type);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}
}
