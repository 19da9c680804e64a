package org.integrationskompass.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.integrationskompass.PortalClient;
import org.integrationskompass.site.domain.AccessibilityFeedback;
import org.integrationskompass.site.domain.AccessibilityFeedbackRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A visitor reports a barrier through the form of the accessibility statement. */
@SiteIntegrationTest
class VisitorSendsAccessibilityFeedbackTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final String OFFICE = "redaktion@integrationskompass.test";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccessibilityFeedbackRepository feedback;

	@LocalServerPort
	int port;

	@Test
	void storesFeedbackAndMailsItToTheOffice() throws Exception {
		var text = "Der Kontrast der Links ist zu schwach " + UUID.randomUUID();

		mvc.perform(post("/barrierefreiheit/rueckmeldung")
				.param("_csrf", FeedbackForms.csrfToken(mvc, ""))
				.param("message", text)
				.param("page", "/impressum")
				.param("name", "Erika Beispiel")
				.param("email", ""))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/barrierefreiheit?gesendet#rueckmeldung"));

		var stored = stored(text);
		assertThat(stored.page()).contains("/impressum");
		assertThat(stored.senderName()).contains("Erika Beispiel");
		assertThat(stored.senderEmail()).isEmpty();
		assertThat(stored.language()).isEqualTo("de");
		assertThat(stored.officeNotifiedAt()).isPresent();

		assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
		var mails = greenMail.getReceivedMessages();
		assertThat(mails).hasSize(1);
		assertThat(mails[0].getAllRecipients()[0]).hasToString(OFFICE);
		assertThat(mails[0].getSubject()).isEqualTo("Rückmeldung zur Barrierefreiheit Nr. " + stored.id());
		assertThat(MailContents.textOf(mails[0])).contains("Erika Beispiel");
	}

	@Test
	void confirmsToTheSenderInTheLanguageOfThePage() throws Exception {
		var text = "The skip link is hidden behind the header " + UUID.randomUUID();

		mvc.perform(post("/en/barrierefreiheit/rueckmeldung")
				.param("_csrf", FeedbackForms.csrfToken(mvc, "/en"))
				.param("message", text)
				.param("email", "visitor@example.org"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/en/barrierefreiheit?gesendet#rueckmeldung"));

		var stored = stored(text);
		assertThat(stored.language()).isEqualTo("en");
		assertThat(greenMail.waitForIncomingEmail(5000, 2)).isTrue();
		var confirmation = to("visitor@example.org");
		assertThat(confirmation.getSubject())
			.isEqualTo("Your accessibility feedback has arrived (no. " + stored.id() + ")");
		var body = MailContents.textOf(confirmation);
		assertThat(body).contains("thank you for your feedback").contains("lang=\"en\"").contains("dir=\"ltr\"");
		assertThat(body).as("the unverified address gets nothing the sender typed").doesNotContain(text);
		assertThat(to(OFFICE).getSubject()).isEqualTo("Rückmeldung zur Barrierefreiheit Nr. " + stored.id());
		assertThat(stored(text).senderConfirmedAt()).isPresent();
	}

	@Test
	void writesTheConfirmationRightToLeftForArabicPages() throws Exception {
		var text = "Arabic page feedback " + UUID.randomUUID();

		mvc.perform(post("/ar/barrierefreiheit/rueckmeldung")
				.param("_csrf", FeedbackForms.csrfToken(mvc, "/ar"))
				.param("message", text)
				.param("email", "arabic@example.org"))
			.andExpect(status().isFound());

		assertThat(greenMail.waitForIncomingEmail(5000, 2)).isTrue();
		var confirmation = to("arabic@example.org");
		assertThat(confirmation.getSubject()).startsWith("وصلتنا ملاحظتكم");
		assertThat(MailContents.textOf(confirmation)).contains("lang=\"ar\"").contains("dir=\"rtl\"");
	}

	@Test
	void showsThanksAfterTheRedirect() throws Exception {
		var page = mvc.perform(get("/barrierefreiheit").param("gesendet", ""))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Vielen Dank für Ihre Rückmeldung").contains("role=\"status\"");
	}

	@Test
	void rejectsAnEmptyMessageWithAnErrorSummary() throws Exception {
		var before = feedback.count();

		var page = postFeedback("", "Max Mustermann", "max@example.org");

		assertThat(page).contains("data-error-summary").contains("href=\"#message\"")
			.contains("Bitte füllen Sie dieses Feld aus.")
			.contains("<title>Fehler: Erklärung zur Barrierefreiheit");
		assertThat(page).as("typed values stay").contains("value=\"Max Mustermann\"").contains("value=\"max@example.org\"");
		assertThat(feedback.count()).isEqualTo(before);
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void slowsDownAnAddressThatSendsTooManyMessagesAndKeepsTheText() throws Exception {
		var address = "192.0.2." + (1 + (int) (Math.random() * 250));
		for (var i = 0; i < 5; i++) {
			mvc.perform(post("/barrierefreiheit/rueckmeldung").with(from(address))
					.param("_csrf", FeedbackForms.csrfToken(mvc, ""))
					.param("message", "Nachricht " + i + " " + UUID.randomUUID()))
				.andExpect(status().is3xxRedirection());
		}
		var before = feedback.count();

		var page = mvc.perform(post("/barrierefreiheit/rueckmeldung").with(from(address))
				.param("_csrf", FeedbackForms.csrfToken(mvc, ""))
				.param("message", "Die sechste Nachricht"))
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("data-error-summary").contains("schon mehrere Rückmeldungen")
			.contains("Die sechste Nachricht");
		assertThat(feedback.count()).isEqualTo(before);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void keepsTypedTextWhenFeedbackIsTooLong() throws Exception {
		var before = feedback.count();
		var text = "Zu lang " + "x".repeat(100 * 1024);

		var page = postFeedback(text, "", "");

		assertThat(page).contains("data-error-summary").contains("Bitte kürzen Sie auf höchstens 5000 Zeichen.");
		assertThat(page).contains(">" + text + "</textarea>");
		assertThat(feedback.count()).isEqualTo(before);
	}

	@Test
	void rejectsScriptMarkupAndShowsItBackEscaped() throws Exception {
		var before = feedback.count();

		var page = postFeedback("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "");

		assertThat(page).contains("data-error-summary").contains("href=\"#message\"").contains("href=\"#name\"");
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;</textarea>")
			.contains("value=\"&lt;img src=x onerror=alert(2)&gt;\"");
		assertThat(page).doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
		assertThat(feedback.count()).isEqualTo(before);
	}

	@Test
	void rejectsScriptUrlsAndAnInvalidAddress() throws Exception {
		var page = postFeedback("Siehe JavaScript :alert(1)", "", "kein-at-zeichen");

		assertThat(page).contains("Bitte schreiben Sie nur Text ohne HTML- oder Script-Code")
			.contains("Bitte geben Sie eine gültige E-Mail-Adresse an");
	}

	@Test
	void listsErrorsInTheOrderOfTheFields() throws Exception {
		var page = postFeedback("", "<b>", "kaputt");

		assertThat(page.indexOf("href=\"#message\"")).isLessThan(page.indexOf("href=\"#name\""));
		assertThat(page.indexOf("href=\"#name\"")).isLessThan(page.indexOf("href=\"#email\""));
	}

	@Test
	void storesNothingFromAPostWithoutCsrfToken() throws Exception {
		var before = feedback.count();

		mvc.perform(post("/barrierefreiheit/rueckmeldung").param("message", "Ohne Token"))
			.andExpect(forwardedUrl("/barrierefreiheit/rueckmeldung/wiederherstellen"));

		assertThat(feedback.count()).isEqualTo(before);
	}

	@Test
	void setsNoCookieWhenFeedbackIsSent() throws Exception {
		var result = mvc.perform(post("/barrierefreiheit/rueckmeldung")
				.param("_csrf", FeedbackForms.csrfToken(mvc, ""))
				.param("message", "Cookie-Probe " + UUID.randomUUID()))
			.andExpect(status().isFound())
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andReturn();

		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void leadsTheFormAddressBackToTheStatement() throws Exception {
		mvc.perform(get("/en/barrierefreiheit/rueckmeldung"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/en/barrierefreiheit#rueckmeldung"));
	}

	@Test
	void answersA100KilobytePostThroughTheServerWithTheErrorSummary() throws Exception {
		var http = HttpClient.newHttpClient();
		var base = "http://localhost:" + port;
		var form = http.send(HttpRequest.newBuilder(URI.create(base + "/barrierefreiheit")).build(),
				HttpResponse.BodyHandlers.ofString());
		var text = "y".repeat(100 * 1024);
		var body = "_csrf=" + encode(PortalClient.csrfTokenIn(form.body())) + "&message=" + encode(text);

		var answer = http.send(HttpRequest.newBuilder(URI.create(base + "/barrierefreiheit/rueckmeldung"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("data-error-summary").contains(text);
		assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
	}

	private String postFeedback(String message, String name, String email) throws Exception {
		MvcResult result = mvc.perform(post("/barrierefreiheit/rueckmeldung")
				.param("_csrf", FeedbackForms.csrfToken(mvc, ""))
				.param("message", message)
				.param("page", "")
				.param("name", name)
				.param("email", email))
			.andExpect(status().isOk())
			.andReturn();
		return result.getResponse().getContentAsString();
	}

	private AccessibilityFeedback stored(String message) {
		return feedback.findAll().stream()
			.filter(f -> f.message().equals(message))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No feedback stored with message " + message));
	}

	private static MimeMessage to(String address) {
		return Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> {
				try {
					return m.getAllRecipients()[0].toString().equals(address);
				}
				catch (jakarta.mail.MessagingException e) {
					throw new IllegalStateException(e);
				}
			})
			.findFirst()
			.orElseThrow(() -> new AssertionError("No mail to " + address));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
