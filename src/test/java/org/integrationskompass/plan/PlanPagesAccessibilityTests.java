package org.integrationskompass.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.SecondFactorCodes;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.browser.AccessibilityCheck;
import org.integrationskompass.browser.BrowserTest;
import org.integrationskompass.browser.PageChecks;
import org.integrationskompass.plan.domain.Direction;
import org.integrationskompass.plan.domain.FieldOfActionRepository;
import org.integrationskompass.plan.domain.IndicatorValues;
import org.integrationskompass.plan.domain.PlanAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The plan's public pages (overview, field of action, indicators with and without data, monitor, print view) and its
 * back-office pages (overview, indicator with value form, import with a report of bad rows), in de, en and ar, in
 * Chromium: no axe-core WCAG 2.1 A/AA violation (charts included), no Nu HTML checker error.
 */
@BrowserTest
class PlanPagesAccessibilityTests {

	static final List<String> LANGUAGES = List.of("", "/en", "/ar");

	private static final String LOGIN = "plan-browser-check@integrationskompass.example";

	private static final String PASSWORD = "Integrationsplan-Pruefen-2026";

	private static final Path SCREENSHOTS = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));

	private static volatile boolean prepared;

	private static volatile String measured = "";

	private static volatile String empty = "";

	private static volatile UUID measuredId = UUID.randomUUID();

	private static volatile UUID fieldId = UUID.randomUUID();

	private static volatile UUID subId = UUID.randomUUID();

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final PlanAdministration administration;

	private final FieldOfActionRepository fields;

	private final IndicatorValues values;

	@Autowired
	PlanPagesAccessibilityTests(AccountRepository accounts, PasswordEncoder passwords, PlanAdministration administration,
			FieldOfActionRepository fields, IndicatorValues values) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.administration = administration;
		this.fields = fields;
		this.values = values;
	}

	@BeforeEach
	void prepareDataOnce() {
		if (prepared) {
			return;
		}
		if (accounts.findByLogin(LOGIN).isEmpty()) {
			accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(LOGIN, "Plan Prüfung", passwords.encode(PASSWORD), Set.of(Role.EDITOR),
					Instant.now())));
		}
		var measure = PlanFixtures.measure(administration, fields, "sprache-und-bildung", "Sprachkurse", null);
		var sub = PlanFixtures.measure(administration, fields, "sprache-und-bildung", "Kurse für Eltern", measure);
		var falling = PlanFixtures.indicator(administration, measure, "browser-abbruchquote", "Abbruchquote",
				Direction.LOWER_IS_BETTER, "12,4".replace(',', '.'), "8");
		for (var year = 2020; year <= 2024; year++) {
			values.record(falling.id(), LocalDate.of(year, 12, 31), new BigDecimal(12 - (year - 2020) * 0.6 + "").setScale(1,
					java.math.RoundingMode.HALF_UP), year == 2024 ? "vorläufig" : null);
		}
		var none = PlanFixtures.indicator(administration, sub, "browser-ohne-werte", "Teilnehmende Eltern",
				Direction.HIGHER_IS_BETTER, null, "500");
		fieldId = fields.findBySlug("sprache-und-bildung").orElseThrow().id();
		subId = sub;
		measured = falling.code();
		measuredId = falling.id();
		empty = none.code();
		prepared = true;
	}

	static Stream<Arguments> publicPages() {
		return LANGUAGES.stream().flatMap(language -> Stream.of("/integrationsplan", "/integrationsplan/sprache-und-bildung",
				"/integrationsplan/religion-kultur-medien", "/integrationsplan/indikatoren/{measured}",
				"/integrationsplan/indikatoren/{empty}", "/integrationsplan/monitor", "/integrationsplan/monitor/druck")
			.map(path -> Arguments.of(language, path)));
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("publicPages")
	void publicPlanPagePassesAccessibilityAndHtmlChecks(String language, String path, PageChecks pages) {
		var served = pages.check(language + resolve(path));

		assertThat(served.status()).isEqualTo(200);
		pages.screenshot(SCREENSHOTS.resolve("plan" + resolve(path).replaceAll("[^a-z0-9]+", "-") + "-"
				+ (language.isEmpty() ? "de" : language.substring(1)) + ".png"), 1280);
	}

	@ParameterizedTest(name = "{0} plan at 320 px")
	@MethodSource("languagesOfTheSite")
	void planAndMonitorDoNotScrollSidewaysOnASmallPhone(String language, PageChecks pages) {
		for (var path : List.of("/integrationsplan", "/integrationsplan/sprache-und-bildung", "/integrationsplan/monitor")) {
			pages.open(language + path).useViewport(320, 640);

			assertThat(pages.horizontalOverflow()).as("CSS pixels %s%s is wider than 320 px", language, path).isZero();
		}
	}

	@ParameterizedTest(name = "{0} back office")
	@MethodSource("languagesOfTheSite")
	void backOfficePlanPagesPassAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);

		assertThat(pages.check(language + "/admin/integrationsplan").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/integrationsplan/indikatoren/" + measuredId).status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/integrationsplan/import").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/integrationsplan/handlungsfelder/" + fieldId).status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/integrationsplan/handlungsfelder/" + fieldId + "/massnahmen/neu").status())
			.isEqualTo(200);
		assertThat(pages.check(language + "/admin/integrationsplan/massnahmen/" + subId).status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/integrationsplan/massnahmen/" + subId + "/indikatoren/neu").status())
			.isEqualTo(200);
		assertThat(pages.check(language + "/admin/integrationsplan/indikatoren/" + measuredId + "/bearbeiten").status())
			.isEqualTo(200);
		pages.open(language + "/admin/integrationsplan/massnahmen/" + subId);
		var remove = pages.driver().findElement(By.cssSelector("form[action$='/entfernen'] button"));
		((JavascriptExecutor) pages.driver()).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});",
				remove);
		remove.click();
		new WebDriverWait(pages.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kern-alert--warning")));
		assertThat(pages.checkCurrentPage().status()).as("page with a note that nothing was removed").isEqualTo(200);
	}

	@ParameterizedTest(name = "{0} indicator form with errors")
	@MethodSource("languagesOfTheSite")
	void indicatorFormWithErrorsFocusesTheSummaryKeepsTheInputAndPassesChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);
		pages.open(language + "/admin/integrationsplan/massnahmen/" + subId + "/indikatoren/neu");
		var driver = pages.driver();
		driver.findElement(By.id("code")).sendKeys("Mit Leerzeichen");
		driver.findElement(By.id("targetValue")).sendKeys("1.234");
		var submit = driver.findElement(By.cssSelector("main form.ik-form button[type=submit]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();

		var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		var summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));
		wait.until(d -> summary.equals(d.switchTo().activeElement()));
		assertThat(driver.findElement(By.id("targetValue")).getDomProperty("value")).isEqualTo("1.234");
		assertThat(driver.findElements(By.cssSelector("[data-error-summary] a"))).hasSizeGreaterThanOrEqualTo(4);
		AccessibilityCheck.assertNoViolations(driver);
	}

	@ParameterizedTest(name = "{0} import report")
	@MethodSource("languagesOfTheSite")
	void importReportOfBadRowsPassesAccessibilityChecks(String language, PageChecks pages) throws Exception {
		pages.signIn(language, LOGIN, PASSWORD);
		pages.open(language + "/admin/integrationsplan/import");
		var file = Files.createTempFile("werte", ".csv");
		Files.writeString(file, "Indikator;Datum;Wert\n" + measured + ";30.06.2025;1,5\nunbekannt;31.12.2024;2\n" + measured
				+ ";31.12.2099;viele\n", StandardCharsets.UTF_8);
		var driver = pages.driver();
		driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		var submit = driver.findElement(By.cssSelector("main form button[value=import]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();

		var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));
		assertThat(driver.findElements(By.cssSelector("#report tbody tr"))).hasSize(3);
		AccessibilityCheck.assertNoViolations(driver);
		pages.screenshot(SCREENSHOTS.resolve("plan-import-report-" + (language.isEmpty() ? "de" : language.substring(1))
				+ ".png"), 1280);
	}

	@ParameterizedTest(name = "{0} value form with errors")
	@MethodSource("languagesOfTheSite")
	void valueFormWithErrorsFocusesTheSummaryKeepsTheInputAndPassesChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);
		pages.open(language + "/admin/integrationsplan/indikatoren/" + measuredId);
		var driver = pages.driver();
		driver.findElement(By.id("date")).sendKeys("31.12.2099");
		driver.findElement(By.id("value")).sendKeys("zwölf");
		var submit = driver.findElement(By.cssSelector("main form.ik-form button[type=submit]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();

		var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		var summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));
		wait.until(d -> summary.equals(d.switchTo().activeElement()));
		assertThat(driver.findElement(By.id("value")).getDomProperty("value")).isEqualTo("zwölf");
		assertThat(driver.findElement(By.id("date")).getDomProperty("value")).isEqualTo("31.12.2099");
		AccessibilityCheck.assertNoViolations(driver);
	}

	static Stream<String> languagesOfTheSite() {
		return LANGUAGES.stream();
	}

	private static String resolve(String path) {
		return path.replace("{measured}", measured).replace("{empty}", empty);
	}
}
