package org.integrationskompass.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.integrationskompass.PortalClient;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.accounts.domain.Totp;
import org.integrationskompass.browser.AccessibilityCheck;
import org.integrationskompass.browser.BrowserTest;
import org.integrationskompass.browser.HtmlValidation;
import org.integrationskompass.browser.PageChecks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The pages of the second factor (enrolment, with errors; the recovery codes; the code form, with errors) in de, en
 * and ar, in Chromium: no axe-core WCAG 2.1 A/AA violation, no Nu HTML checker error, and the error summary takes
 * the focus. Every check uses fresh accounts, so no code is ever replayed.
 */
@BrowserTest
class SecondFactorPagesAccessibilityTests {

	static final List<String> LANGUAGES = List.of("", "/en", "/ar");

	@LocalServerPort
	int port;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	@Autowired
	SecondFactorPagesAccessibilityTests(AccountRepository accounts, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	static Stream<String> languages() {
		return LANGUAGES.stream();
	}

	@ParameterizedTest(name = "{0} enrolment")
	@MethodSource("languages")
	void enrolmentPagesPassAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		var login = AccountFixtures.accountWithoutSecondFactor(accounts, passwords, Role.EDITOR);
		var driver = pages.driver();
		driver.manage().deleteAllCookies();
		pages.enterPassword(language, login, AccountFixtures.PASSWORD);
		assertThat(pages.currentPath()).isEqualTo(language + "/anmelden/zwei-faktor/einrichten");
		assertThat(pages.checkCurrentPage().status()).isEqualTo(200);
		var secret = driver.findElement(By.id("secret")).getDomAttribute("data-secret");

		driver.findElement(By.id("code")).sendKeys(wrongCode(secret));
		submit(driver);
		awaitFocusedSummary(driver);
		AccessibilityCheck.assertNoViolations(driver);

		driver.findElement(By.id("code")).sendKeys(current(secret));
		submit(driver);
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("recovery-codes")));
		AccessibilityCheck.assertNoViolations(driver);

		var client = PortalClient.from(port, "192.0.2.210");
		var other = AccountFixtures.accountWithoutSecondFactor(accounts, passwords, Role.ADMIN);
		var enrolment = language + "/anmelden/zwei-faktor/einrichten";
		client.submit(language + "/anmelden", language + "/anmelden",
				Map.of("username", other, "password", AccountFixtures.PASSWORD));
		var otherSecret = PortalClient.secretIn(client.get(enrolment).body());
		var withErrors = client.submit(enrolment, enrolment, Map.of("code", wrongCode(otherSecret)));
		assertThat(withErrors.statusCode()).isEqualTo(200);
		HtmlValidation.assertValid("enrolment with errors", withErrors.body());
		var recoveryCodes = client.submit(enrolment, enrolment, Map.of("code", current(otherSecret)));
		assertThat(recoveryCodes.statusCode()).isEqualTo(200);
		HtmlValidation.assertValid("recovery codes", recoveryCodes.body());
	}

	@ParameterizedTest(name = "{0} code form")
	@MethodSource("languages")
	void codePagePassesAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		var login = AccountFixtures.account(accounts, passwords, Role.EDITOR);
		var driver = pages.driver();
		driver.manage().deleteAllCookies();
		pages.enterPassword(language, login, AccountFixtures.PASSWORD);
		assertThat(pages.currentPath()).isEqualTo(language + "/anmelden/zwei-faktor");
		assertThat(pages.checkCurrentPage().status()).isEqualTo(200);

		driver.findElement(By.id("code")).sendKeys(wrongCode(SecondFactorCodes.secret(login)));
		submit(driver);
		awaitFocusedSummary(driver);
		assertThat(driver.findElement(By.id("code")).getDomProperty("value")).isEmpty();
		AccessibilityCheck.assertNoViolations(driver);

		var client = PortalClient.from(port, "192.0.2.211");
		var other = AccountFixtures.account(accounts, passwords, Role.ADMIN);
		var code = language + "/anmelden/zwei-faktor";
		client.submit(language + "/anmelden", language + "/anmelden",
				Map.of("username", other, "password", AccountFixtures.PASSWORD));
		var withErrors = client.submit(code, code, Map.of("code", wrongCode(SecondFactorCodes.secret(other))));
		assertThat(withErrors.statusCode()).isEqualTo(200);
		HtmlValidation.assertValid("code form with errors", withErrors.body());
		var empty = client.submit(code, code, Map.of("code", ""));
		HtmlValidation.assertValid("code form without a code", empty.body());
	}

	private static String current(String secret) {
		return Totp.code(Totp.fromBase32(secret), SecondFactorCodes.currentStep());
	}

	/** A code that fits none of the steps the portal accepts now. */
	private static String wrongCode(String secret) {
		var step = SecondFactorCodes.currentStep();
		for (var candidate = 0; ; candidate++) {
			var code = "%06d".formatted(candidate);
			var fits = false;
			for (var s = step - 1; s <= step + 2; s++) {
				fits |= Totp.code(Totp.fromBase32(secret), s).equals(code);
			}
			if (!fits) {
				return code;
			}
		}
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
}
