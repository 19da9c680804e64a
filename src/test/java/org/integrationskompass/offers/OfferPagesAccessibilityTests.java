package org.integrationskompass.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.SecondFactorCodes;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.browser.AccessibilityCheck;
import org.integrationskompass.browser.BrowserTest;
import org.integrationskompass.browser.PageChecks;
import org.integrationskompass.offers.domain.OfferRepository;
import org.integrationskompass.offers.domain.OfferReports;
import org.integrationskompass.offers.domain.OfferService;
import org.integrationskompass.offers.domain.TargetGroupRepository;
import org.integrationskompass.offers.domain.TopicRepository;
import org.integrationskompass.organisations.domain.OrganisationService;
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
 * The offer page, its report form with errors and the offers back office in a real browser, in German, English and
 * Arabic: no axe-core violation, no Nu HTML checker error.
 */
@BrowserTest
class OfferPagesAccessibilityTests {

	static final List<String> LANGUAGES = List.of("", "/en", "/ar");

	private static final String LOGIN = "offers-browser-check@integrationskompass.example";

	private static final String PASSWORD = "Angebote-Browser-Check-2026";

	private static final String TITLE = "Deutschkurs mit Kinderbetreuung (Browsercheck)";

	private static final List<String> STAFF_PAGES = List.of("/admin/angebote", "/admin/angebote/neu",
			"/admin/angebote/meldungen", "/admin/themen", "/admin/zielgruppen/neu");

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final OfferRepository offerRepository;

	private final OfferReports reports;

	private final OfferFixtures fixtures;

	@Autowired
	OfferPagesAccessibilityTests(AccountRepository accounts, PasswordEncoder passwords, OrganisationService organisations,
			OfferService offers, TopicRepository topics, TargetGroupRepository targetGroups,
			OfferRepository offerRepository, OfferReports reports) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.offerRepository = offerRepository;
		this.reports = reports;
		this.fixtures = new OfferFixtures(organisations, offers, topics, targetGroups);
	}

	@BeforeEach
	void createAccountAndOffer() {
		if (accounts.findByLogin(LOGIN).isEmpty()) {
			accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(LOGIN, "Offers Browser Check", passwords.encode(PASSWORD),
					Set.of(Role.ADMIN), Instant.now())));
		}
		if (offerRepository.findAll().stream().noneMatch(o -> o.title().get("de").orElse("").equals(TITLE))) {
			var offer = fixtures.offer(TITLE).topics("sprache-bildung").for_("frauen", "familien-eltern")
				.languages("de", "ar", "uk").at(OfferFixtures.GIESSEN, OfferFixtures.MARBURG).create();
			reports.receive(offer.id(), "Der Kurs findet jetzt montags statt.", "de");
		}
	}

	private String slug() {
		return offerRepository.findAll().stream()
			.filter(o -> o.title().get("de").orElse("").equals(TITLE))
			.findFirst()
			.orElseThrow()
			.slug();
	}

	static Stream<String> languages() {
		return LANGUAGES.stream();
	}

	static Stream<Arguments> staffPagesInEveryLanguage() {
		return LANGUAGES.stream().flatMap(language -> STAFF_PAGES.stream().map(page -> Arguments.of(language, page)));
	}

	@ParameterizedTest(name = "{0}/angebote/…")
	@MethodSource("languages")
	void offerPagePassesAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		var served = pages.check(language + "/angebote/" + slug());

		assertThat(served.status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}/angebote/…?gemeldet")
	@MethodSource("languages")
	void offerPageAfterAReportPassesAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		var served = pages.check(language + "/angebote/" + slug() + "?gemeldet");

		assertThat(served.status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}/angebote/… report form with errors")
	@MethodSource("languages")
	void reportFormWithErrorsPassesAccessibilityChecks(String language, PageChecks pages) {
		pages.open(language + "/angebote/" + slug());
		var driver = pages.driver();
		var submit = driver.findElement(By.cssSelector("form[action$='/meldung'] button[type=submit]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();

		var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		var summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));

		assertThat(summary.isDisplayed()).isTrue();
		AccessibilityCheck.assertNoViolations(driver);
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("staffPagesInEveryLanguage")
	void backOfficePagePassesAccessibilityAndHtmlChecks(String language, String page, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);

		var served = pages.check(language + page);

		assertThat(served.status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}/admin/angebote/…/bearbeiten")
	@MethodSource("languages")
	void editFormPassesAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		var id = offerRepository.findBySlug(slug()).orElseThrow().id();
		pages.signIn(language, LOGIN, PASSWORD);

		var served = pages.check(language + "/admin/angebote/" + id + "/bearbeiten");

		assertThat(served.status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}/admin/angebote/neu with errors")
	@MethodSource("languages")
	void offerFormWithErrorsPassesAccessibilityChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);
		pages.open(language + "/admin/angebote/neu");
		var driver = pages.driver();
		var submit = driver.findElement(By.cssSelector("form.ik-offer-form .ik-actions button[type=submit]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();

		var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		var summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));

		assertThat(summary.isDisplayed()).isTrue();
		AccessibilityCheck.assertNoViolations(driver);
	}
}
