package org.integrationskompass.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.accounts.domain.PasswordResets;
import org.integrationskompass.events.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * Forgotten passwords, through the real portal and a real SMTP server (GreenMail on port 3047): asking for a link,
 * the mail, setting a new password, and every way a link can be no good. Each test asks from its own client address,
 * so the limits per address do not carry over.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.mail.host=127.0.0.1",
		"spring.mail.port=3047", "platform.demo.enabled=false" })
@Import(PasswordResetTests.MovableClock.class)
class PasswordResetTests {

	private static final String NEW_PASSWORD = "ein ganz neues Passwort";

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+((/en|/ar)?/passwort-zuruecksetzen/([A-Za-z0-9_-]{43}))");

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3047, "127.0.0.1", "smtp"));

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClock {

		@Bean
		@Primary
		MutableClock movableClock() {
			return new MutableClock(Instant.now());
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void computeCodesForTheMovableClock() {
		SecondFactorCodes.followClock(clock);
	}

	@AfterEach
	void computeCodesForTheSystemClockAgain() {
		SecondFactorCodes.followSystemClock();
	}

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordResets resets;

	@Test
	void setsANewPasswordThroughTheMailedLinkAndTheOldOneStopsWorking() throws Exception {
		var login = staff();
		var visitor = PortalClient.from(port, "198.51.100.1");
		var form = visitor.get("/passwort-vergessen");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(visitor.get("/anmelden").body()).contains("href=\"/passwort-vergessen\"");

		var requested = visitor.submit("/passwort-vergessen", "/passwort-vergessen", Map.of("email", login.toUpperCase()));

		assertThat(requested.statusCode()).isEqualTo(302);
		assertThat(requested.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(requested.headers().firstValue("Location")).get().asString().endsWith("/passwort-vergessen?angefragt");
		assertThat(visitor.get("/passwort-vergessen?angefragt").body())
			.contains("Wenn es zu dieser Adresse ein Konto gibt").contains("Er gilt 30 Minuten.");
		var mail = onlyMailTo(login);
		assertThat(mail.getSubject()).isEqualTo("Neues Passwort für den Integrationskompass");
		assertThat(part(mail, "text/plain")).contains("Guten Tag Test EDITOR,").contains("Der Link gilt 30 Minuten und nur einmal.");
		assertThat(part(mail, "text/html")).contains("lang=\"de\"").contains("/passwort-zuruecksetzen/");
		var link = link(mail);
		var token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(jdbc.queryForList("SELECT token_hash FROM accounts_password_reset", String.class))
			.as("only the hash is stored").contains(sha256(token)).doesNotContain(token);

		var page = visitor.get(link);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
		assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
		assertThat(page.body()).contains("Neues Passwort festlegen").contains(login);
		var changed = visitor.submit(link, link, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(changed.headers().firstValue("Location")).get().asString().endsWith("/anmelden?passwortGeaendert");
		assertThat(visitor.get("/anmelden?passwortGeaendert").body()).contains("Passwort geändert");

		assertThat(location(new PortalClient(port).signIn(login, NEW_PASSWORD))).endsWith("/admin");
		assertThat(location(new PortalClient(port).signIn(login, AccountFixtures.PASSWORD))).endsWith("/anmelden?error");
		assertThat(accounts.findByLogin(login).orElseThrow().passwordHash()).startsWith("{bcrypt}");

		var again = visitor.get(link);
		assertThat(again.statusCode()).as("a used link").isEqualTo(410);
		assertThat(again.body()).contains("Dieser Link gilt nicht mehr").contains("href=\"/passwort-vergessen\"");
		var csrf = PortalClient.csrfTokenIn(visitor.get("/passwort-vergessen").body());
		var reused = visitor.post(link, Map.of("_csrf", csrf, "password", "noch ein anderes Passwort",
				"confirmation", "noch ein anderes Passwort"));
		assertThat(reused.statusCode()).isEqualTo(410);
		assertThat(location(new PortalClient(port).signIn(login, "noch ein anderes Passwort"))).endsWith("?error");
	}

	@Test
	void sendsTheMailAndTheFormInTheLanguageItWasAskedIn() throws Exception {
		var login = staff();
		var visitor = PortalClient.from(port, "198.51.100.2");

		visitor.submit("/en/passwort-vergessen", "/en/passwort-vergessen", Map.of("email", login));

		var mail = onlyMailTo(login);
		assertThat(mail.getSubject()).isEqualTo("New password for the Integrationskompass");
		assertThat(part(mail, "text/plain")).contains("Hello Test EDITOR,").contains("valid for 30 minutes");
		var link = link(mail);
		assertThat(link).startsWith("/en/passwort-zuruecksetzen/");
		assertThat(visitor.get(link).body()).contains("<html lang=\"en\"").contains("Set a new password");
	}

	@Test
	void refusesAnExpiredLink() throws Exception {
		var login = staff();
		var visitor = PortalClient.from(port, "198.51.100.3");
		visitor.submit("/passwort-vergessen", "/passwort-vergessen", Map.of("email", login));
		var link = link(onlyMailTo(login));
		var csrf = PortalClient.csrfTokenIn(visitor.get(link).body());

		clock.set(clock.instant().plus(Duration.ofMinutes(31)));

		assertThat(visitor.get(link).statusCode()).isEqualTo(410);
		var posted = visitor.post(link, Map.of("_csrf", csrf, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));
		assertThat(posted.statusCode()).isEqualTo(410);
		assertThat(posted.body()).contains("Dieser Link gilt nicht mehr");
		assertThat(location(new PortalClient(port).signIn(login, AccountFixtures.PASSWORD))).endsWith("/admin");
	}

	@Test
	void deletesLinksADayAfterTheyExpired() throws Exception {
		var login = staff();
		var visitor = PortalClient.from(port, "198.51.100.9");
		visitor.submit("/passwort-vergessen", "/passwort-vergessen", Map.of("email", login));
		var link = link(onlyMailTo(login));
		var hash = sha256(link.substring(link.lastIndexOf('/') + 1));

		clock.set(clock.instant().plus(Duration.ofMinutes(31)));
		resets.deleteOldLinks();
		assertThat(visitor.get(link).statusCode()).as("expired, still known").isEqualTo(410);
		clock.set(clock.instant().plus(Duration.ofDays(1)));
		resets.deleteOldLinks();

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM accounts_password_reset WHERE token_hash = ?", Long.class,
				hash)).isZero();
		assertThat(visitor.get(link).statusCode()).isEqualTo(404);
	}

	@Test
	void refusesATamperedOrUnknownLinkWithA404Page() throws Exception {
		var login = staff();
		var visitor = PortalClient.from(port, "198.51.100.4");
		visitor.submit("/passwort-vergessen", "/passwort-vergessen", Map.of("email", login));
		var link = link(onlyMailTo(login));
		var last = link.charAt(link.length() - 1);
		var tampered = link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A');

		for (var path : List.of(tampered, link.substring(0, link.length() - 1), link + "A",
				"/passwort-zuruecksetzen/abc", "/en/passwort-zuruecksetzen/" + "x".repeat(43))) {
			var answer = visitor.get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(404);
			assertThat(answer.body()).as(path).containsAnyOf("Dieser Link gilt nicht mehr", "This link is no longer valid")
				.doesNotContain("java.");
		}
		var csrf = PortalClient.csrfTokenIn(visitor.get("/passwort-vergessen").body());
		assertThat(visitor.post(tampered, Map.of("_csrf", csrf, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD))
			.statusCode()).isEqualTo(404);
		assertThat(visitor.get(link).statusCode()).as("the real link still works").isEqualTo(200);
	}

	@Test
	void answersUnknownAndDisabledAccountsTheSameAndMailsNothingToThem() throws Exception {
		var disabled = staff();
		jdbc.update("UPDATE accounts_account SET enabled = FALSE WHERE login = ?", disabled);
		var known = staff();
		var visitor = PortalClient.from(port, "198.51.100.5");

		var unknown = visitor.submit("/passwort-vergessen", "/passwort-vergessen", Map.of("email", "nobody@example.org"));
		var forDisabled = visitor.submit("/passwort-vergessen", "/passwort-vergessen", Map.of("email", disabled));
		var forKnown = visitor.submit("/passwort-vergessen", "/passwort-vergessen", Map.of("email", known));

		assertThat(List.of(unknown, forDisabled, forKnown)).allSatisfy(answer -> {
			assertThat(answer.statusCode()).isEqualTo(302);
			assertThat(answer.headers().firstValue("Location")).get().asString().endsWith("/passwort-vergessen?angefragt");
			assertThat(answer.body()).isEmpty();
		});
		onlyMailTo(known);
		assertThat(greenMail.getReceivedMessages()).hasSize(1);
	}

	@Test
	void showsAnErrorSummaryForATooShortPasswordAndAMismatchedConfirmation() throws Exception {
		var login = staff();
		var visitor = PortalClient.from(port, "198.51.100.6");
		visitor.submit("/passwort-vergessen", "/passwort-vergessen", Map.of("email", login));
		var link = link(onlyMailTo(login));

		var tooShort = visitor.submit(link, link, Map.of("password", "kurz123", "confirmation", "kurz123"));
		var mismatched = visitor.submit(link, link, Map.of("password", NEW_PASSWORD, "confirmation", "ein anderes Passwort"));
		var isLogin = visitor.submit(link, link, Map.of("password", login, "confirmation", login));

		assertThat(tooShort.statusCode()).isEqualTo(200);
		assertThat(tooShort.body()).contains("Bitte korrigieren Sie Folgendes")
			.contains("Bitte wählen Sie ein Passwort mit mindestens 12 Zeichen.")
			.contains("href=\"#password\"")
			.doesNotContain("kurz123");
		assertThat(mismatched.body()).contains("Bitte korrigieren Sie Folgendes")
			.contains("Die beiden Passwörter stimmen nicht überein.")
			.contains("href=\"#confirmation\"")
			.doesNotContain(NEW_PASSWORD).doesNotContain("ein anderes Passwort");
		assertThat(isLogin.body()).contains("Bitte verwenden Sie nicht Ihren Anmeldenamen als Passwort.");
		assertThat(visitor.get(link).statusCode()).as("the link is not used up by a failed try").isEqualTo(200);
		assertThat(location(new PortalClient(port).signIn(login, AccountFixtures.PASSWORD))).endsWith("/admin");
	}

	@Test
	void showsAnErrorSummaryAndKeepsTheInputForAnInvalidAddress() {
		var visitor = PortalClient.from(port, "198.51.100.7");

		var page = visitor.submit("/passwort-vergessen", "/passwort-vergessen", Map.of("email", "kein-at-zeichen"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Bitte korrigieren Sie Folgendes")
			.contains("Bitte geben Sie eine gültige E-Mail-Adresse an")
			.contains("value=\"kein-at-zeichen\"");
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void limitsRequestsPerTypedAddressAndPerClientAddress() throws Exception {
		var login = staff();
		for (var i = 0; i < 3; i++) {
			var answer = PortalClient.from(port, "203.0.113." + (10 + i)).submit("/passwort-vergessen",
					"/passwort-vergessen", Map.of("email", login));
			assertThat(answer.statusCode()).isEqualTo(302);
		}
		var fourth = PortalClient.from(port, "203.0.113.13").submit("/passwort-vergessen", "/passwort-vergessen",
				Map.of("email", login));
		assertThat(fourth.statusCode()).isEqualTo(429);
		assertThat(fourth.body()).contains("Es wurden in kurzer Zeit zu viele Links angefordert.")
			.contains("value=\"" + login + "\"");

		var address = PortalClient.from(port, "2001:db8:7:7::1");
		for (var i = 0; i < 10; i++) {
			assertThat(address.submit("/passwort-vergessen", "/passwort-vergessen",
					Map.of("email", "someone-" + i + "@example.org")).statusCode()).isEqualTo(302);
		}
		var sameNetwork = PortalClient.from(port, "2001:db8:7:7::ffff");
		assertThat(sameNetwork.submit("/passwort-vergessen", "/passwort-vergessen",
				Map.of("email", "someone-else@example.org")).statusCode()).as("same /64").isEqualTo(429);

		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(login).size() == 3);
		assertThat(greenMail.getReceivedMessages()).hasSize(3);
	}

	@Test
	void usingOneLinkInvalidatesTheAccountsOtherLinks() throws Exception {
		var login = staff();
		var visitor = PortalClient.from(port, "198.51.100.8");
		visitor.submit("/passwort-vergessen", "/passwort-vergessen", Map.of("email", login));
		visitor.submit("/passwort-vergessen", "/passwort-vergessen", Map.of("email", login));
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(login).size() == 2);
		var first = link(mailsTo(login).get(0));
		var second = link(mailsTo(login).get(1));
		assertThat(first).isNotEqualTo(second);

		visitor.submit(second, second, Map.of("password", NEW_PASSWORD, "confirmation", NEW_PASSWORD));

		assertThat(visitor.get(first).statusCode()).isEqualTo(410);
		assertThat(location(new PortalClient(port).signIn(login, NEW_PASSWORD))).endsWith("/admin");
	}

	private String staff() {
		return AccountFixtures.account(accounts, passwords, Role.EDITOR);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("status " + response.statusCode());
	}

	private static MimeMessage onlyMailTo(String address) {
		await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(address).size() == 1);
		return mailsTo(address).get(0);
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	/** The path of the reset link in the mail's plain-text part. */
	private static String link(MimeMessage mail) throws Exception {
		var matcher = LINK.matcher(part(mail, "text/plain"));
		assertThat(matcher.find()).as("a reset link in the mail").isTrue();
		return matcher.group(1);
	}

	private static String part(Part part, String type) throws Exception {
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

	private static String sha256(String token) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}
}
