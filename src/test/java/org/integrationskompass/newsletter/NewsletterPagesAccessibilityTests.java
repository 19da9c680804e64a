package org.integrationskompass.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.SecondFactorCodes;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.browser.AccessibilityCheck;
import org.integrationskompass.browser.BrowserTest;
import org.integrationskompass.browser.HtmlValidation;
import org.integrationskompass.browser.PageChecks;
import org.integrationskompass.newsletter.domain.IssueEditing;
import org.integrationskompass.newsletter.domain.IssueSending;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The newsletter's public pages (subscribe, with errors too, confirm, unsubscribe, archive, web view) and its back
 * office (list, compose form with errors, issue page, preview mail, send confirmation, progress) in de, en and ar,
 * in Chromium: no axe-core WCAG 2.1 A/AA violation, no Nu HTML checker error.
 */
@BrowserTest
class NewsletterPagesAccessibilityTests {

	static final List<String> LANGUAGES = List.of("", "/en", "/ar");

	private static final String LOGIN = "newsletter-browser-check@integrationskompass.example";

	private static final String PASSWORD = "Brief-Pruefen-2026";

	private static final String TOKEN = "B".repeat(43);

	private static volatile boolean prepared;

	private static volatile long sentId;

	private static volatile long draftId;

	@LocalServerPort
	int port;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final IssueEditing editing;

	private final IssueSending sending;

	private final JdbcTemplate jdbc;

	@Autowired
	NewsletterPagesAccessibilityTests(AccountRepository accounts, PasswordEncoder passwords, IssueEditing editing,
			IssueSending sending, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.editing = editing;
		this.sending = sending;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void prepareDataOnce() {
		if (prepared) {
			return;
		}
		if (accounts.findByLogin(LOGIN).isEmpty()) {
			accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(LOGIN, "Brief Prüfung", passwords.encode(PASSWORD), Set.of(Role.EDITOR),
					Instant.now())));
		}
		var sent = NewsletterFixtures.issue(editing, 90, "Ausgabe für die Prüfung", "Issue for the check");
		sending.start(sent.id());
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60))
			.until(() -> sending.run(sent.id()).orElseThrow().done());
		sentId = sent.id();
		draftId = NewsletterFixtures.issue(editing, 91, "Entwurf für die Prüfung", "Draft for the check").id();
		jdbc.update("INSERT INTO newsletter_subscription (email, language, status, consent_text, consent_version,"
				+ " requested_at, unsubscribe_token) VALUES ('check@example.org', 'de', 'UNSUBSCRIBED', 'Ja', 'test', ?, ?)",
				Timestamp.from(Instant.now()), TOKEN);
		prepared = true;
	}

	static Stream<String> languages() {
		return LANGUAGES.stream();
	}

	@ParameterizedTest(name = "{0} public newsletter pages")
	@MethodSource("languages")
	void publicNewsletterPagesPassAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		assertThat(pages.check(language + "/integrationsbrief").status()).isEqualTo(200);
		assertThat(pages.check(language + "/integrationsbrief?angefragt").status()).isEqualTo(200);
		assertThat(pages.check(language + "/integrationsbrief/bestaetigen/" + "C".repeat(43)).status()).isEqualTo(200);
		assertThat(pages.check(language + "/integrationsbrief/abmelden/" + TOKEN).status()).isEqualTo(200);
		assertThat(pages.check(language + "/integrationsbrief/abmelden/" + "D".repeat(43)).status()).isEqualTo(404);
		assertThat(pages.check(language + "/integrationsbrief/archiv").status()).isEqualTo(200);
		assertThat(pages.check(language + "/integrationsbrief/archiv/2026/90").status()).isEqualTo(200);

		var client = new PortalClient(port);
		var confirmed = client.submit(language + "/integrationsbrief/bestaetigen/" + "C".repeat(43),
				language + "/integrationsbrief/bestaetigen/" + "C".repeat(43), Map.of());
		HtmlValidation.assertValid("confirmed", confirmed.body());
		var unsubscribed = client.post(language + "/integrationsbrief/abmelden/" + TOKEN, Map.of());
		assertThat(unsubscribed.statusCode()).isEqualTo(200);
		HtmlValidation.assertValid("unsubscribed", unsubscribed.body());
		var withErrors = client.submit(language + "/integrationsbrief", language + "/integrationsbrief",
				Map.of("email", "not an address\r\nBcc: x@example.org"));
		assertThat(withErrors.statusCode()).isEqualTo(200);
		HtmlValidation.assertValid("subscribe with errors", withErrors.body());
	}

	@ParameterizedTest(name = "{0} subscribe form with errors in the browser")
	@MethodSource("languages")
	void subscribeFormWithErrorsFocusesTheSummaryKeepsTheInputAndPassesAxe(String language, PageChecks pages) {
		pages.open(language + "/integrationsbrief");
		var driver = pages.driver();
		driver.findElement(By.id("email")).sendKeys("amal@@example");
		var submit = driver.findElement(By.cssSelector("main form.ik-form button[type=submit]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();

		var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		var summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));
		wait.until(d -> summary.equals(d.switchTo().activeElement()));
		assertThat(driver.findElement(By.id("email")).getDomProperty("value")).isEqualTo("amal@@example");
		assertThat(driver.findElements(By.cssSelector("[data-error-summary] a"))).hasSize(2);
		AccessibilityCheck.assertNoViolations(driver);
	}

	@ParameterizedTest(name = "{0} back office")
	@MethodSource("languages")
	void backOfficeNewsletterPagesPassAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);
		var admin = language + "/admin/integrationsbrief";

		assertThat(pages.check(admin).status()).isEqualTo(200);
		assertThat(pages.check(admin + "/neu").status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + draftId).status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + draftId + "?sprache=ar").status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + draftId + "/vorschau?sprache=en").status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + draftId + "/vorschau?sprache=ar").status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + draftId + "/versenden").status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + sentId).status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + sentId + "/fortschritt").status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + draftId + "/fortschritt").status()).isEqualTo(200);
		var articleId = jdbc.queryForObject("SELECT MIN(id) FROM newsletter_article WHERE issue_id = ?", Long.class,
				draftId);
		assertThat(pages.check(admin + "/" + draftId + "/artikel/" + articleId).status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + draftId + "/artikel/" + articleId + "?sprache=ar").status()).isEqualTo(200);

		pages.open(admin + "/neu");
		var driver = pages.driver();
		driver.findElement(By.id("number")).clear();
		driver.findElement(By.id("number")).sendKeys("neunzig");
		var submit = driver.findElement(By.cssSelector("main form.ik-form button[type=submit]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();
		var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));
		assertThat(driver.findElements(By.cssSelector("[data-error-summary] a"))).hasSize(2);
		assertThat(driver.findElement(By.id("number")).getDomProperty("value")).isEqualTo("neunzig");
		AccessibilityCheck.assertNoViolations(driver);
	}
}
