package org.integrationskompass;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.SecondFactorCodes;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.browser.BrowserTest;
import org.integrationskompass.browser.PageChecks;
import org.integrationskompass.browser.AccessibilityCheck;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every page of the site in every language, in a real browser: no WCAG 2.1 A/AA violation found by axe-core,
 * no error of the Nu HTML checker, the right language and writing direction, and no sideways scrolling on a
 * 320 px wide screen (WCAG 1.4.10 Reflow).
 */
@BrowserTest
class PublicPagesAccessibilityTests {

	/** The language prefixes of the site's URLs; German, the default language, has none. */
	static final List<String> LANGUAGES = List.of("", "/en", "/ar");

	/** The public pages checked in every language. A new page is one more line. */
	static final List<PageUnderTest> PUBLIC_PAGES = List.of(
			PageUnderTest.page("/"),
			PageUnderTest.page("/anmelden"),
			PageUnderTest.page("/anmelden?error"),
			PageUnderTest.page("/impressum"),
			PageUnderTest.page("/datenschutz"),
			PageUnderTest.page("/barrierefreiheit"),
			PageUnderTest.page("/barrierefreiheit?gesendet"),
			PageUnderTest.page("/leichte-sprache"),
			PageUnderTest.page("/gebaerdensprache"),
			PageUnderTest.notFound("/gibt-es-nicht"));

	/** The back-office pages, checked in every language after signing in as an administrator. */
	static final List<PageUnderTest> STAFF_PAGES = List.of(
			PageUnderTest.page("/admin"),
			PageUnderTest.page("/admin/konten"),
			PageUnderTest.page("/admin/konten/neu"),
			PageUnderTest.page("/admin/rueckmeldungen"));

	private static final String LOGIN = "browser-check@integrationskompass.example";

	private static final String PASSWORD = "Browser-Check-Passwort-2026";

	private static final String PROVIDER_LOGIN = "browser-provider@integrationskompass.example";

	/** Where screenshots go for a human to look at; {@code -Dbrowser.screenshots=/tmp/shots} to put them elsewhere. */
	private static final Path SCREENSHOTS = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	PublicPagesAccessibilityTests(@Autowired AccountRepository accounts, @Autowired PasswordEncoder passwords) {
		this.accounts = accounts;
		this.passwords = passwords;
	}

	@BeforeEach
	void createStaffAccount() {
		if (accounts.findByLogin(LOGIN).isEmpty()) {
			accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(LOGIN, "Browser Check", passwords.encode(PASSWORD), Set.of(Role.ADMIN),
					Instant.now())));
		}
		if (accounts.findByLogin(PROVIDER_LOGIN).isEmpty()) {
			accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(PROVIDER_LOGIN, "Browser Provider", passwords.encode(PASSWORD),
					Set.of(Role.PROVIDER), Instant.now())));
		}
	}

	@ParameterizedTest(name = "{0}/admin as provider")
	@MethodSource("languages")
	void forbiddenPagePassesAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		pages.signIn(language, PROVIDER_LOGIN, PASSWORD);

		var served = pages.check(language + "/admin");

		assertThat(served.status()).isEqualTo(403);
	}

	@ParameterizedTest(name = "{0}/barrierefreiheit with errors")
	@MethodSource("languages")
	void feedbackFormWithErrorsPassesAccessibilityChecks(String language, PageChecks pages) {
		pages.open(language + "/barrierefreiheit");
		var driver = pages.driver();
		var submit = driver.findElement(By.cssSelector("form[action$='/rueckmeldung'] button[type=submit]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();

		var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		var summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));
		wait.until(d -> summary.equals(d.switchTo().activeElement()));

		assertThat(summary.isDisplayed()).isTrue();
		AccessibilityCheck.assertNoViolations(driver);
	}

	static Stream<String> languages() {
		return LANGUAGES.stream();
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("publicPagesInEveryLanguage")
	void publicPagePassesAccessibilityAndHtmlChecks(String language, PageUnderTest page, PageChecks pages) {
		var served = pages.check(language + page.path());

		assertThat(served.status()).as("status of %s%s", language, page.path()).isEqualTo(page.status());
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("staffPagesInEveryLanguage")
	void backOfficePagePassesAccessibilityAndHtmlChecksAfterSigningIn(String language, PageUnderTest page,
			PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);

		var served = pages.check(language + page.path());

		assertThat(served.status()).as("status of %s%s", language, page.path()).isEqualTo(page.status());
		pages.screenshot(SCREENSHOTS.resolve("staff" + page.path().replace('/', '-') + "-"
				+ (language.isEmpty() ? "de" : language.substring(1)) + ".png"), 1280);
	}

	@ParameterizedTest(name = "{0}{1} is lang={2} dir={3}")
	@MethodSource("publicPagesWithLanguageAndDirection")
	void marksLanguageAndWritingDirectionOfThePage(String language, PageUnderTest page, String lang, String dir,
			PageChecks pages) {
		pages.open(language + page.path());

		assertThat(pages.languageAndDirection()).containsExactly(lang, dir);
	}

	@ParameterizedTest(name = "{0}/ at {1} px")
	@CsvSource({ "'', 320", "/ar, 320", "'', 1280", "/ar, 1280" })
	void homePageDoesNotScrollSideways(String language, int width, PageChecks pages) {
		pages.open(language + "/").useViewport(width, 900);

		assertThat(pages.horizontalOverflow()).as("CSS pixels the page is wider than a %d px screen", width).isZero();

		pages.screenshot(SCREENSHOTS.resolve("home-" + (language.isEmpty() ? "de" : language.substring(1)) + "-" + width
				+ ".png"), width);
	}

	@ParameterizedTest(name = "{0}{1} at 320 px")
	@MethodSource("publicPagesInGermanAndArabic")
	void noPublicPageScrollsSidewaysOnASmallPhone(String language, PageUnderTest page, PageChecks pages) {
		pages.open(language + page.path()).useViewport(320, 640);

		assertThat(pages.horizontalOverflow()).as("CSS pixels %s%s is wider than a 320 px screen", language, page.path())
			.isZero();
	}

	static Stream<Arguments> publicPagesInGermanAndArabic() {
		return Stream.of("", "/ar").flatMap(language -> PUBLIC_PAGES.stream().map(page -> Arguments.of(language, page)));
	}

	static Stream<Arguments> publicPagesInEveryLanguage() {
		return LANGUAGES.stream().flatMap(language -> PUBLIC_PAGES.stream().map(page -> Arguments.of(language, page)));
	}

	static Stream<Arguments> staffPagesInEveryLanguage() {
		return LANGUAGES.stream().flatMap(language -> STAFF_PAGES.stream().map(page -> Arguments.of(language, page)));
	}

	static Stream<Arguments> publicPagesWithLanguageAndDirection() {
		return Stream.of(Arguments.of("", "de", "ltr"), Arguments.of("/en", "en", "ltr"), Arguments.of("/ar", "ar", "rtl"))
			.flatMap(language -> PUBLIC_PAGES.stream().map(page -> Arguments.of(language.get()[0], page,
					language.get()[1], language.get()[2])));
	}

	/** A path of the site and the status it must answer with, so a page that is missing cannot pass as its 404 page. */
	record PageUnderTest(String path, int status) {

		static PageUnderTest page(String path) {
			return new PageUnderTest(path, 200);
		}

		static PageUnderTest notFound(String path) {
			return new PageUnderTest(path, 404);
		}

		@Override
		public String toString() {
			return path;
		}
	}
}
