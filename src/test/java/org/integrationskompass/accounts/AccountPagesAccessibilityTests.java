package org.integrationskompass.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.browser.AccessibilityCheck;
import org.integrationskompass.browser.BrowserTest;
import org.integrationskompass.browser.HtmlValidation;
import org.integrationskompass.browser.PageChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The pages of a forgotten password (request form, with errors and after sending; the form of a new password, with
 * errors; a used and an unknown link) and the sign-in page refusing a throttled attempt, in de, en and ar, in
 * Chromium: no axe-core WCAG 2.1 A/AA violation, no Nu HTML checker error. The failed sign-ins that lock the test
 * account come from another client address, so the browser's own address keeps its full allowance.
 */
@BrowserTest
class AccountPagesAccessibilityTests {

	static final List<String> LANGUAGES = List.of("", "/en", "/ar");

	private static final String LOCKED = "locked-browser-check@integrationskompass.example";

	private static final String RESETTING = "reset-browser-check@integrationskompass.example";

	private static final String VALID_TOKEN = "R".repeat(43);

	private static final String USED_TOKEN = "U".repeat(43);

	private static volatile boolean prepared;

	@LocalServerPort
	int port;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final JdbcTemplate jdbc;

	@Autowired
	AccountPagesAccessibilityTests(AccountRepository accounts, PasswordEncoder passwords, JdbcTemplate jdbc) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void prepareOnce() throws Exception {
		if (prepared) {
			return;
		}
		var now = Instant.now();
		accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(LOCKED, "Gesperrt", passwords.encode(AccountFixtures.PASSWORD),
				Set.of(Role.EDITOR), now)));
		var resetting = accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(RESETTING, "Neues Passwort",
				passwords.encode(AccountFixtures.PASSWORD), Set.of(Role.EDITOR), now)));
		var elsewhere = PortalClient.from(port, "192.0.2.200");
		for (var i = 0; i < 5; i++) {
			elsewhere.signIn(LOCKED, "wrong");
		}
		var insert = "INSERT INTO accounts_password_reset (account_id, token_hash, created_at, expires_at, used_at)"
				+ " VALUES (?, ?, ?, ?, ?)";
		var tomorrow = Timestamp.from(now.plus(Duration.ofDays(1)));
		jdbc.update(insert, resetting.id(), sha256(VALID_TOKEN), Timestamp.from(now), tomorrow, null);
		jdbc.update(insert, resetting.id(), sha256(USED_TOKEN), Timestamp.from(now), tomorrow, Timestamp.from(now));
		prepared = true;
	}

	static Stream<String> languages() {
		return LANGUAGES.stream();
	}

	@ParameterizedTest(name = "{0} password reset pages")
	@MethodSource("languages")
	void passwordResetPagesPassAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		assertThat(pages.check(language + "/passwort-vergessen").status()).isEqualTo(200);
		assertThat(pages.check(language + "/passwort-vergessen?angefragt").status()).isEqualTo(200);
		assertThat(pages.check(language + "/passwort-zuruecksetzen/" + VALID_TOKEN).status()).isEqualTo(200);
		assertThat(pages.check(language + "/passwort-zuruecksetzen/" + USED_TOKEN).status()).isEqualTo(410);
		assertThat(pages.check(language + "/passwort-zuruecksetzen/" + "Z".repeat(43)).status()).isEqualTo(404);
		assertThat(pages.check(language + "/anmelden?passwortGeaendert").status()).isEqualTo(200);

		var client = PortalClient.from(port, "192.0.2.201");
		var forgotWithErrors = client.submit(language + "/passwort-vergessen", language + "/passwort-vergessen",
				Map.of("email", "kein-at-zeichen"));
		assertThat(forgotWithErrors.statusCode()).isEqualTo(200);
		HtmlValidation.assertValid("forgot password with errors", forgotWithErrors.body());
		var resetPath = language + "/passwort-zuruecksetzen/" + VALID_TOKEN;
		var resetWithErrors = client.submit(resetPath, resetPath, Map.of("password", "kurz", "confirmation", "anders"));
		assertThat(resetWithErrors.statusCode()).isEqualTo(200);
		HtmlValidation.assertValid("new password with errors", resetWithErrors.body());
	}

	@ParameterizedTest(name = "{0} forms with errors in the browser")
	@MethodSource("languages")
	void formsWithErrorsFocusTheSummaryAndPassAxe(String language, PageChecks pages) {
		pages.open(language + "/passwort-vergessen");
		var driver = pages.driver();
		driver.findElement(By.id("email")).sendKeys("amal@@example");
		submit(driver);
		awaitFocusedSummary(driver);
		assertThat(driver.findElement(By.id("email")).getDomProperty("value")).isEqualTo("amal@@example");
		AccessibilityCheck.assertNoViolations(driver);

		pages.open(language + "/passwort-zuruecksetzen/" + VALID_TOKEN);
		driver.findElement(By.id("password")).sendKeys("kurz");
		driver.findElement(By.id("confirmation")).sendKeys("anders");
		submit(driver);
		awaitFocusedSummary(driver);
		assertThat(driver.findElements(By.cssSelector("[data-error-summary] a"))).hasSize(2);
		assertThat(driver.findElement(By.id("password")).getDomProperty("value")).isEmpty();
		AccessibilityCheck.assertNoViolations(driver);
	}

	@ParameterizedTest(name = "{0} throttled sign-in")
	@MethodSource("languages")
	void throttledSignInPagePassesAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		var refused = PortalClient.from(port, "192.0.2.202").submit(language + "/anmelden", language + "/anmelden",
				Map.of("username", LOCKED, "password", AccountFixtures.PASSWORD));
		assertThat(refused.statusCode()).isEqualTo(429);
		HtmlValidation.assertValid("throttled sign-in", refused.body());

		pages.open(language + "/anmelden");
		var driver = pages.driver();
		driver.findElement(By.id("username")).sendKeys(LOCKED);
		driver.findElement(By.id("password")).sendKeys(AccountFixtures.PASSWORD);
		submit(driver);
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .kern-alert--danger")));
		assertThat(driver.findElement(By.id("username")).getDomProperty("value")).isEqualTo(LOCKED);
		AccessibilityCheck.assertNoViolations(driver);
	}

	private static void submit(WebDriver driver) {
		var button = driver.findElement(By.cssSelector("main form.ik-form button[type=submit]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
				button);
		button.click();
	}

	private static void awaitFocusedSummary(WebDriver driver) {
		var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		var summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));
		wait.until(d -> summary.equals(d.switchTo().activeElement()));
	}

	private static String sha256(String token) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
	}
}
