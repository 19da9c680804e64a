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
import org.integrationskompass.newsletter.domain.IssueEditing;
import org.integrationskompass.newsletter.domain.IssueSending;
import org.integrationskompass.newsletter.domain.SubscriptionRepository;
import org.integrationskompass.newsletter.domain.SubscriptionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader's whole journey through the real portal and a real SMTP server (GreenMail on port 3029): subscribe,
 * confirm from the mail, receive the issue in the chosen language, unsubscribe with one click from the mail's
 * List-Unsubscribe header, and receive nothing more.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "spring.mail.host=127.0.0.1",
		"spring.mail.port=3029", "platform.demo.enabled=false", "platform.newsletter.messages-per-second=0",
		"platform.newsletter.subscribes-per-hour=100", "platform.newsletter.send-check=PT0.5S" })
class VisitorSubscribesReadsAndUnsubscribesTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3029, "127.0.0.1", "smtp"));

	@LocalServerPort
	int port;

	@Autowired
	IssueEditing editing;

	@Autowired
	IssueSending sending;

	@Autowired
	SubscriptionRepository subscriptions;

	PortalClient visitor;

	@BeforeEach
	void openThePage() {
		visitor = new PortalClient(port);
	}

	@Test
	void subscribesConfirmsReceivesTheIssueInEnglishUnsubscribesWithOneClickAndGetsNothingMore() throws Exception {
		var requested = subscribe("/en/integrationsbrief", "amal@example.org", "en");
		assertThat(requested.statusCode()).isEqualTo(302);
		assertThat(requested.headers().firstValue("Location").orElseThrow()).endsWith("/en/integrationsbrief?angefragt");
		assertThat(visitor.get("/en/integrationsbrief?angefragt").body()).contains("Almost done");
		await().atMost(Duration.ofSeconds(20)).until(() -> NewsletterMails.to(greenMail, "amal@example.org").size() == 1);
		var confirmation = NewsletterMails.to(greenMail, "amal@example.org").get(0);
		assertThat(confirmation.getSubject()).isEqualTo("Please confirm your subscription to the Integrationsbrief newsletter");
		var confirmPath = NewsletterMails.path(confirmation, "/(en/)?integrationsbrief/bestaetigen/[A-Za-z0-9_-]+");
		assertThat(subscriptions.findByEmail("amal@example.org").orElseThrow().status()).isEqualTo(SubscriptionStatus.PENDING);

		var confirmPage = visitor.get(confirmPath);
		assertThat(confirmPage.statusCode()).isEqualTo(200);
		assertThat(subscriptions.findByEmail("amal@example.org").orElseThrow().status())
			.as("opening the link (a mail scanner may) does not confirm yet").isEqualTo(SubscriptionStatus.PENDING);
		var confirmed = visitor.post(confirmPath, Map.of("_csrf", PortalClient.csrfTokenIn(confirmPage.body())));
		assertThat(confirmed.statusCode()).isEqualTo(200);
		assertThat(confirmed.body()).contains("Subscription confirmed");
		var subscription = subscriptions.findByEmail("amal@example.org").orElseThrow();
		assertThat(subscription.status()).isEqualTo(SubscriptionStatus.ACTIVE);
		assertThat(subscription.consentText()).startsWith("I would like to receive the Integrationsbrief");
		assertThat(subscription.confirmedAt()).isNotNull();
		assertThat(subscription.requestIp()).as("the IP is kept only when configured").isNull();

		subscribe("/integrationsbrief", "bodo@example.org", "de");
		await().atMost(Duration.ofSeconds(20)).until(() -> NewsletterMails.to(greenMail, "bodo@example.org").size() == 1);
		var bodosPath = NewsletterMails.path(NewsletterMails.to(greenMail, "bodo@example.org").get(0),
				"/integrationsbrief/bestaetigen/[A-Za-z0-9_-]+");
		visitor.post(bodosPath, Map.of("_csrf", PortalClient.csrfTokenIn(visitor.get(bodosPath).body())));

		var first = NewsletterFixtures.issue(editing, 1, "Vielfalt im Land", "Diversity across the state");
		assertThat(sending.start(first.id())).isTrue();
		await().atMost(Duration.ofSeconds(30)).until(() -> sending.run(first.id()).orElseThrow().done());

		var amalsMails = NewsletterMails.to(greenMail, "amal@example.org");
		assertThat(amalsMails).hasSize(2);
		var issueMail = amalsMails.get(1);
		assertThat(issueMail.getSubject()).isEqualTo("Integrationsbrief No. 01/2026: Diversity across the state");
		var text = NewsletterMails.part(issueMail, "text/plain");
		assertThat(text).contains("Dear readers,").contains("- first point").contains("Lotsinnen im Einsatz")
			.doesNotContain("<p>").doesNotContain("<").doesNotContain("alert");
		assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(110));
		var html = NewsletterMails.part(issueMail, "text/html");
		assertThat(html).contains("lang=\"en\"").contains("Diversity across the state").doesNotContain("<script")
			.doesNotContain("javascript:").doesNotContain("onerror");
		assertThat(html).as("the article has no English variant: its German text is marked as German")
			.containsPattern("<h2 [^>]*lang=\"de\" dir=\"ltr\"[^>]*>Lotsinnen im Einsatz</h2>")
			.containsPattern("<h1 style=\"[^\"]*\">Diversity across the state</h1>");
		var webView = visitor.get("/en/integrationsbrief/archiv/2026/1").body();
		assertThat(webView).containsPattern("<h2 [^>]*lang=\"de\" dir=\"ltr\"[^>]*>Lotsinnen im Einsatz</h2>")
			.containsPattern("<h1 class=\"kern-heading-x-large\">Diversity across the state</h1>");
		var bodosIssue = NewsletterMails.to(greenMail, "bodo@example.org").get(1);
		assertThat(bodosIssue.getSubject()).isEqualTo("Integrationsbrief Nr. 01/2026: Vielfalt im Land");

		var listUnsubscribe = NewsletterMails.header(issueMail, "List-Unsubscribe");
		assertThat(NewsletterMails.header(issueMail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(listUnsubscribe).as("opens the page in the subscriber's language")
			.matches("<http://[^>]+/en/integrationsbrief/abmelden/[A-Za-z0-9_-]{43}>");
		assertThat(NewsletterMails.header(NewsletterMails.to(greenMail, "bodo@example.org").get(1), "List-Unsubscribe"))
			.matches("<http://[^/]+/integrationsbrief/abmelden/[A-Za-z0-9_-]{43}>");
		assertThat(NewsletterMails.header(bodosIssue, "List-Unsubscribe")).isNotEqualTo(listUnsubscribe);
		var url = listUnsubscribe.substring(1, listUnsubscribe.length() - 1).replaceFirst("^http://[^/]+",
				"http://localhost:" + port);
		// what a mail program does (RFC 8058): a bare POST, no cookie, no CSRF token
		var oneClick = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(oneClick.statusCode()).isEqualTo(200);
		assertThat(oneClick.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(subscriptions.findByEmail("amal@example.org").orElseThrow().status())
			.isEqualTo(SubscriptionStatus.UNSUBSCRIBED);

		var second = NewsletterFixtures.issue(editing, 2, "Zweite Ausgabe", "Second issue");
		sending.start(second.id());
		await().atMost(Duration.ofSeconds(30)).until(() -> sending.run(second.id()).orElseThrow().done());
		assertThat(NewsletterMails.to(greenMail, "bodo@example.org")).as("the issue did go out").hasSize(3);
		assertThat(NewsletterMails.to(greenMail, "amal@example.org")).as("nothing after unsubscribing").hasSize(2);

		var again = subscribe("/en/integrationsbrief", "amal@example.org", "en");
		assertThat(again.statusCode()).isEqualTo(302);
		await().atMost(Duration.ofSeconds(20)).until(() -> NewsletterMails.to(greenMail, "amal@example.org").size() == 3);
		assertThat(subscriptions.findByEmail("amal@example.org").orElseThrow().status())
			.as("re-subscribing starts a new double opt-in").isEqualTo(SubscriptionStatus.PENDING);
	}

	@Test
	void unsubscribePageAsksBeforeUnsubscribing() {
		var page = visitor.get("/integrationsbrief/abmelden/" + "A".repeat(43));
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Dieser Link ist unbekannt");
	}

	private HttpResponse<String> subscribe(String page, String email, String language) {
		return visitor.submit(page, page, Map.of("email", email, "language", language, "consent", "true"));
	}
}
