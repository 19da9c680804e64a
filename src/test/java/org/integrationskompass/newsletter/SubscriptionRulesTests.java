package org.integrationskompass.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.integrationskompass.PortalClient;
import org.integrationskompass.newsletter.domain.SubscriptionRepository;
import org.integrationskompass.newsletter.domain.SubscriptionStatus;
import org.integrationskompass.newsletter.domain.Subscriptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad and repeated input on the public side, confirmation links, bounces and the back office's door. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.mail.host=127.0.0.1",
		"spring.mail.port=3029", "platform.demo.enabled=false", "platform.newsletter.subscribes-per-hour=1000",
		"platform.newsletter.bounce-secret=bounce-test-secret", "platform.newsletter.soft-bounce-threshold=2" })
class SubscriptionRulesTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3029, "127.0.0.1", "smtp"));

	@LocalServerPort
	int port;

	@Autowired
	SubscriptionRepository subscriptions;

	@Autowired
	Subscriptions service;

	PortalClient visitor;

	@BeforeEach
	void openThePage() {
		visitor = new PortalClient(port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "amal@example.org\r\nBcc: victim@example.org", "amal@example.org\nX: y",
			"\"quoted trick\"@example.org", "amal@localhost", "no-at-sign.example.org", "two@@example.org",
			"a@b@example.org", "amal @example.org", "amal@-bad-.example.org", "amal@example.org,other@example.org" })
	void rejectsSubscriptionWithHostileAddress(String address) {
		var before = subscriptions.count();
		var answer = subscribe(address, "de");

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Bitte geben Sie eine gültige E-Mail-Adresse ein");
		assertThat(answer.body()).as("keeps what was typed (escaped)").contains("example.org");
		assertThat(subscriptions.count()).isEqualTo(before);
	}

	@Test
	void rejectsAnOverlongAddressAndAMissingConsentWithClearMessages() {
		var before = subscriptions.count();
		var answer = visitor.submit("/integrationsbrief", "/integrationsbrief",
				Map.of("email", "a".repeat(300) + "@example.org", "language", "xx"));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Bitte geben Sie eine gültige E-Mail-Adresse ein")
			.contains("Bitte wählen Sie eine Sprache.").contains("Bitte bestätigen Sie, dass Sie den Integrationsbrief");
		assertThat(subscriptions.count()).isEqualTo(before);
	}

	@Test
	void subscribingTwiceAnswersTheSameAndSendsNoSecondMailToAnActiveAddress() throws Exception {
		var first = subscribe("twice@example.org", "de");
		await().atMost(Duration.ofSeconds(20)).until(() -> NewsletterMails.to(greenMail, "twice@example.org").size() == 1);
		var path = NewsletterMails.path(NewsletterMails.to(greenMail, "twice@example.org").get(0),
				"/integrationsbrief/bestaetigen/[A-Za-z0-9_-]+");
		assertThat(visitor.post(path, Map.of("_csrf", PortalClient.csrfTokenIn(visitor.get(path).body()))).statusCode())
			.isEqualTo(200);

		var second = subscribe("twice@example.org", "de");
		var stranger = subscribe("new@example.org", "de");

		assertThat(second.statusCode()).isEqualTo(first.statusCode()).isEqualTo(stranger.statusCode()).isEqualTo(302);
		assertThat(second.headers().firstValue("Location")).isEqualTo(stranger.headers().firstValue("Location"));
		await().atMost(Duration.ofSeconds(20)).until(() -> NewsletterMails.to(greenMail, "new@example.org").size() == 1);
		assertThat(NewsletterMails.to(greenMail, "twice@example.org")).hasSize(1);
		assertThat(subscriptions.findByEmail("twice@example.org").orElseThrow().status()).isEqualTo(SubscriptionStatus.ACTIVE);
	}

	@Test
	void refusesReplayedTamperedAndExpiredConfirmationLinks() throws Exception {
		subscribe("links@example.org", "en");
		await().atMost(Duration.ofSeconds(20)).until(() -> NewsletterMails.to(greenMail, "links@example.org").size() == 1);
		var path = NewsletterMails.path(NewsletterMails.to(greenMail, "links@example.org").get(0),
				"/(en/)?integrationsbrief/bestaetigen/[A-Za-z0-9_-]+");
		var token = path.substring(path.lastIndexOf('/') + 1);
		var tampered = path.substring(0, path.length() - 1) + (token.endsWith("A") ? "B" : "A");

		assertThat(confirm(tampered).statusCode()).isEqualTo(404);
		assertThat(confirm(path + "%0d%0aX").statusCode()).isIn(400, 404);
		assertThat(confirm(path).statusCode()).isEqualTo(200);
		var replayed = confirm(path);
		assertThat(replayed.statusCode()).isEqualTo(404);
		assertThat(replayed.body()).contains("This link is no longer valid");

		subscribe("late@example.org", "de");
		await().atMost(Duration.ofSeconds(20)).until(() -> NewsletterMails.to(greenMail, "late@example.org").size() == 1);
		var late = NewsletterMails.path(NewsletterMails.to(greenMail, "late@example.org").get(0),
				"/integrationsbrief/bestaetigen/[A-Za-z0-9_-]+");
		var row = subscriptions.findByEmail("late@example.org").orElseThrow();
		org.springframework.test.util.ReflectionTestUtils.setField(row, "confirmExpiresAt", java.time.Instant.now().minusSeconds(1));
		subscriptions.saveAndFlush(row);
		assertThat(confirm(late).statusCode()).as("expired").isEqualTo(404);
		assertThat(subscriptions.findByEmail("late@example.org").orElseThrow().status()).isEqualTo(SubscriptionStatus.PENDING);
	}

	@Test
	void hardBounceDisablesSoftBouncesCountOncePerDayAndTheWebhookNeedsItsSecret() throws Exception {
		for (var address : new String[] { "hard@example.org", "soft@example.org" }) {
			subscribe(address, "de");
			await().atMost(Duration.ofSeconds(20)).until(() -> NewsletterMails.to(greenMail, address).size() == 1);
			var path = NewsletterMails.path(NewsletterMails.to(greenMail, address).get(0),
					"/integrationsbrief/bestaetigen/[A-Za-z0-9_-]+");
			confirm(path);
		}

		assertThat(bounce(null, "{\"email\":\"hard@example.org\",\"type\":\"hard\"}").statusCode()).isEqualTo(401);
		assertThat(bounce("wrong", "{\"email\":\"hard@example.org\",\"type\":\"hard\"}").statusCode()).isEqualTo(401);
		assertThat(status("hard@example.org")).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(bounce("bounce-test-secret", "{not json").statusCode()).isEqualTo(400);
		assertThat(bounce("bounce-test-secret", "{\"email\":\"hard@example.org\",\"type\":\"weird\"}").statusCode())
			.isEqualTo(400);

		assertThat(bounce("bounce-test-secret", "{\"email\":\"hard@example.org\",\"type\":\"hard\",\"reason\":\"550 no such user\"}")
			.statusCode()).isEqualTo(202);
		assertThat(status("hard@example.org")).isEqualTo(SubscriptionStatus.DISABLED);

		bounce("bounce-test-secret", "{\"email\":\"soft@example.org\",\"type\":\"soft\",\"reason\":\"mailbox full\"}");
		bounce("bounce-test-secret", "{\"email\":\"soft@example.org\",\"type\":\"soft\",\"reason\":\"mailbox full\"}");
		assertThat(subscriptions.findByEmail("soft@example.org").orElseThrow().softBounces())
			.as("counted once on the same day").isEqualTo(1);
		assertThat(status("soft@example.org")).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(bounce("bounce-test-secret", "{\"email\":\"nobody@example.org\",\"type\":\"hard\"}").statusCode())
			.as("reveals nothing about unknown addresses").isEqualTo(202);
	}

	@Test
	void backOfficeIsForEditorsOnly() {
		var answer = visitor.get("/admin/integrationsbrief");
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).contains("/anmelden");
		assertThat(visitor.get("/admin/integrationsbrief/1/vorschau").statusCode()).isEqualTo(302);
		assertThat(visitor.post("/admin/integrationsbrief/1/versenden", Map.of()).statusCode()).isIn(302, 403);
	}

	private SubscriptionStatus status(String email) {
		return subscriptions.findByEmail(email).orElseThrow().status();
	}

	private HttpResponse<String> subscribe(String email, String language) {
		return visitor.submit("/integrationsbrief", "/integrationsbrief",
				Map.of("email", email, "language", language, "consent", "true"));
	}

	private HttpResponse<String> confirm(String path) {
		var page = visitor.get(path);
		if (page.statusCode() != 200) {
			return page;
		}
		return visitor.post(path, Map.of("_csrf", PortalClient.csrfTokenIn(page.body())));
	}

	private HttpResponse<String> bounce(String secret, String json) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/integrationsbrief/bounces"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (secret != null) {
			request.header("X-Bounce-Secret", secret);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
