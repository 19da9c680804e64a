package org.integrationskompass.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.integrationskompass.contracts.domain.ContractAdministration;
import org.integrationskompass.contracts.domain.ContractDetails;
import org.integrationskompass.contracts.domain.ContractPartner;
import org.integrationskompass.contracts.domain.Funding;
import org.integrationskompass.contracts.domain.MeasureStatus;
import org.integrationskompass.shared.domain.LocalizedText;
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
 * The contract list (with and without filters), a contract page with measures, documents and progress bars, one
 * without measures, and the back office's contract, measure and document pages (also with errors), in de, en and ar,
 * in Chromium: no axe-core WCAG 2.1 A/AA violation, no Nu HTML checker error.
 */
@BrowserTest
class ContractPagesAccessibilityTests {

	static final List<String> LANGUAGES = List.of("", "/en", "/ar");

	private static final String LOGIN = "contracts-browser-check@integrationskompass.example";

	private static final String PASSWORD = "Vertraege-Pruefen-2026";

	private static final Path SCREENSHOTS = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));

	private static volatile boolean prepared;

	private static volatile String fullSlug = "";

	private static volatile String emptySlug = "";

	private static volatile UUID fullId = UUID.randomUUID();

	private static volatile UUID measureId = UUID.randomUUID();

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final ContractAdministration administration;

	@Autowired
	ContractPagesAccessibilityTests(AccountRepository accounts, PasswordEncoder passwords,
			ContractAdministration administration) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.administration = administration;
	}

	@BeforeEach
	void prepareDataOnce() {
		if (prepared) {
			return;
		}
		if (accounts.findByLogin(LOGIN).isEmpty()) {
			accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(LOGIN, "Verträge Prüfung", passwords.encode(PASSWORD), Set.of(Role.EDITOR),
					Instant.now())));
		}
		var full = administration.create(new ContractDetails(
				LocalizedText.german("Integrationsvertrag mit dem Landesmusikrat").with("en", "Integration contract with the music council")
					.with("ar", "عقد الاندماج مع مجلس الموسيقى"),
				LocalizedText.german("Musik verbindet").with("en", "Music connects"),
				LocalizedText.german("Chöre und Musikschulen öffnen sich für Zugewanderte.\nZweite Zeile."),
				LocalizedText.german("Beschluss der Landesregierung"),
				List.of(new ContractPartner(null, "Landesmusikrat Beispiel"), new ContractPartner(null, "Chorverband Beispiel")),
				LocalDate.of(2025, 9, 1), null, "https://example.org/meldung", LocalDate.of(2025, 9, 1),
				LocalDate.of(2027, 8, 31), Funding.stateFunded(new java.math.BigDecimal("85000")), List.of(), List.of()));
		measureId = administration.addMeasure(full.id(), ContractFixtures.measure("Offene Chorproben", MeasureStatus.DONE, 100))
			.orElseThrow().id();
		administration.addMeasure(full.id(), ContractFixtures.measure("Instrumente verleihen", MeasureStatus.IN_PROGRESS, 45));
		administration.addMeasure(full.id(), ContractFixtures.measure("Konzert der Kulturen", MeasureStatus.PLANNED, 0));
		administration.addDocument(full.id(), LocalizedText.german("Jahresbericht 2025").with("en", "Annual report 2025"),
				"jahresbericht.pdf", true, "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		administration.addDocument(full.id(), LocalizedText.german("Vertragstext"), "vertrag.pdf", false,
				"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		administration.publish(full.id());
		var empty = administration.create(ContractFixtures.contract("Integrationsvertrag ohne Maßnahmen", null));
		administration.publish(empty.id());
		fullSlug = full.slug();
		emptySlug = empty.slug();
		fullId = full.id();
		prepared = true;
	}

	static Stream<Arguments> publicPages() {
		return LANGUAGES.stream().flatMap(language -> Stream.of("/integrationsvertraege",
				"/integrationsvertraege?finanzierung=SELF_COMMITMENT&stand=laufend", "/integrationsvertraege?stand=abgeschlossen",
				"/integrationsvertraege/{full}", "/integrationsvertraege/{empty}")
			.map(path -> Arguments.of(language, path)));
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("publicPages")
	void publicContractPagePassesAccessibilityAndHtmlChecks(String language, String path, PageChecks pages) {
		var served = pages.check(language + resolve(path));

		assertThat(served.status()).isEqualTo(200);
		pages.screenshot(SCREENSHOTS.resolve("contracts" + path.replaceAll("[^a-z0-9]+", "-") + "-"
				+ (language.isEmpty() ? "de" : language.substring(1)) + ".png"), 1280);
	}

	@ParameterizedTest(name = "{0} contract pages at 320 px")
	@MethodSource("languagesOfTheSite")
	void contractPagesDoNotScrollSidewaysOnASmallPhone(String language, PageChecks pages) {
		for (var path : List.of("/integrationsvertraege", "/integrationsvertraege/" + fullSlug)) {
			pages.open(language + path).useViewport(320, 640);

			assertThat(pages.horizontalOverflow()).as("CSS pixels %s%s is wider than 320 px", language, path).isZero();
		}
	}

	@ParameterizedTest(name = "{0} back office")
	@MethodSource("languagesOfTheSite")
	void backOfficeContractPagesPassAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);
		var admin = language + "/admin/integrationsvertraege";

		assertThat(pages.check(admin).status()).isEqualTo(200);
		assertThat(pages.check(admin + "/neu").status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + fullId).status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + fullId + "/massnahmen/neu").status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + fullId + "/massnahmen/" + measureId).status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + fullId + "/dokumente/neu").status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + fullId + "/dokumente/neu?zu-gross").status()).isEqualTo(200);
		pages.screenshot(SCREENSHOTS.resolve("staff-contract-" + (language.isEmpty() ? "de" : language.substring(1))
				+ ".png"), 1280);
	}

	@ParameterizedTest(name = "{0} back-office contract form with errors")
	@MethodSource("languagesOfTheSite")
	void contractFormWithErrorsFocusesTheSummaryKeepsTheInputAndPassesChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);
		pages.open(language + "/admin/integrationsvertraege/neu");
		var driver = pages.driver();
		driver.findElement(By.id("amount")).sendKeys("-10");
		driver.findElement(By.id("startsOn")).sendKeys("2027-05-01");
		var submit = driver.findElement(By.cssSelector("main form.ik-form button[type=submit]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();

		var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		var summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));
		wait.until(d -> summary.equals(d.switchTo().activeElement()));
		assertThat(driver.findElement(By.id("amount")).getDomProperty("value")).isEqualTo("-10");
		assertThat(driver.findElements(By.cssSelector("[data-error-summary] a"))).hasSizeGreaterThanOrEqualTo(4);
		AccessibilityCheck.assertNoViolations(driver);
	}

	static Stream<String> languagesOfTheSite() {
		return LANGUAGES.stream();
	}

	private static String resolve(String path) {
		return path.replace("{full}", fullSlug).replace("{empty}", emptySlug);
	}
}
