package org.integrationskompass.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
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
import org.integrationskompass.conference.domain.ConferenceAdministration;
import org.integrationskompass.conference.domain.SessionDetails;
import org.integrationskompass.conference.domain.SessionKind;
import org.integrationskompass.plan.PlanFixtures;
import org.integrationskompass.plan.domain.FieldOfActionRepository;
import org.integrationskompass.plan.domain.PlanAdministration;
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
 * The conference's public pages (overview, working group, session with agenda, minutes, documents and results) and
 * its back-office pages (overview, working group, session, session form with errors), in de, en and ar, in
 * Chromium: no axe-core WCAG 2.1 A/AA violation, no Nu HTML checker error.
 */
@BrowserTest
class ConferencePagesAccessibilityTests {

	static final List<String> LANGUAGES = List.of("", "/en", "/ar");

	private static final String LOGIN = "conference-browser-check@integrationskompass.example";

	private static final String PASSWORD = "Integrationskonferenz-Pruefen-2026";

	private static final Path SCREENSHOTS = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));

	private static volatile boolean prepared;

	private static volatile String group = "";

	private static volatile String past = "";

	private static volatile String upcoming = "";

	private static volatile UUID groupId = UUID.randomUUID();

	private static volatile UUID sessionId = UUID.randomUUID();

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final ConferenceAdministration conference;

	private final PlanAdministration plan;

	private final FieldOfActionRepository fields;

	@Autowired
	ConferencePagesAccessibilityTests(AccountRepository accounts, PasswordEncoder passwords,
			ConferenceAdministration conference, PlanAdministration plan, FieldOfActionRepository fields) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.conference = conference;
		this.plan = plan;
		this.fields = fields;
	}

	@BeforeEach
	void prepareDataOnce() {
		if (prepared) {
			return;
		}
		if (accounts.findByLogin(LOGIN).isEmpty()) {
			accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(LOGIN, "Konferenz Prüfung", passwords.encode(PASSWORD), Set.of(Role.EDITOR),
					Instant.now())));
		}
		var first = conference.addMember(null, "Landesverband Prüfung").orElseThrow();
		var second = conference.addMember(null, "Kammer Prüfung").orElseThrow();
		var created = conference.createWorkingGroup(LocalizedText.german("Sprache Prüfung").with("en", "Language check")
			.with("ar", "فحص اللغة"), LocalizedText.german("Sprachförderung für alle"), Set.of(first.id(), second.id()));
		group = created.slug();
		groupId = created.id();
		var measure = PlanFixtures.measure(plan, fields, "sprache-und-bildung", "Kurse Prüfung", null);
		var held = conference.createSession(new SessionDetails(SessionKind.WORKING_GROUP, created.id(),
				LocalizedText.german("Sitzung Prüfung").with("en", "Session check"), at(2025, 11, 19, 10),
				at(2025, 11, 19, 14), "Wiesbaden",
				List.of(LocalizedText.german("Begrüßung").with("en", "Welcome").with("ar", "ترحيب"),
						LocalizedText.german("Berichte")),
				LocalizedText.german("Erster Absatz.\n\nZweiter Absatz.").with("en", "First paragraph.")));
		conference.addResult(held.id(), LocalizedText.german("Kurse ausbauen").with("ar", "توسيع الدورات"), measure);
		conference.addResult(held.id(), LocalizedText.german("Bericht im Frühjahr"), null);
		conference.addDocument(held.id(), "Protokoll", "protokoll.pdf", true,
				("%PDF-1.4\n" + "x".repeat(2048)).getBytes(StandardCharsets.US_ASCII));
		conference.addDocument(held.id(), "Folien", "folien.pdf", false,
				("%PDF-1.4\n" + "y".repeat(4096)).getBytes(StandardCharsets.US_ASCII));
		conference.publish(held.id(), true);
		var next = conference.createSession(new SessionDetails(SessionKind.PLENARY, null,
				LocalizedText.german("Plenum Prüfung"), Instant.now().plus(Duration.ofDays(60)),
				Instant.now().plus(Duration.ofDays(60)).plus(Duration.ofHours(5)), "Kassel", List.of(), LocalizedText.empty()));
		conference.publish(next.id(), true);
		past = held.slug();
		upcoming = next.slug();
		sessionId = held.id();
		prepared = true;
	}

	static Stream<Arguments> publicPages() {
		return LANGUAGES.stream().flatMap(language -> Stream.of("/integrationskonferenz",
				"/integrationskonferenz/arbeitsgruppen/{group}", "/integrationskonferenz/sitzungen/{past}",
				"/integrationskonferenz/sitzungen/{upcoming}").map(path -> Arguments.of(language, path)));
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("publicPages")
	void publicConferencePagePassesAccessibilityAndHtmlChecks(String language, String path, PageChecks pages) {
		var served = pages.check(language + resolve(path));

		assertThat(served.status()).isEqualTo(200);
		pages.screenshot(SCREENSHOTS.resolve("conference" + resolve(path).replaceAll("[^a-z0-9]+", "-") + "-"
				+ (language.isEmpty() ? "de" : language.substring(1)) + ".png"), 1280);
	}

	@ParameterizedTest(name = "{0} conference at 320 px")
	@MethodSource("languagesOfTheSite")
	void conferencePagesDoNotScrollSidewaysOnASmallPhone(String language, PageChecks pages) {
		for (var path : List.of("/integrationskonferenz", "/integrationskonferenz/sitzungen/" + past)) {
			pages.open(language + path).useViewport(320, 640);

			assertThat(pages.horizontalOverflow()).as("CSS pixels %s%s is wider than 320 px", language, path).isZero();
		}
	}

	@ParameterizedTest(name = "{0} back office")
	@MethodSource("languagesOfTheSite")
	void backOfficeConferencePagesPassAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);

		assertThat(pages.check(language + "/admin/integrationskonferenz").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/integrationskonferenz/arbeitsgruppen/" + groupId).status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/integrationskonferenz/sitzungen/" + sessionId).status()).isEqualTo(200);
		pages.screenshot(SCREENSHOTS.resolve("conference-admin-session-" + (language.isEmpty() ? "de" : language.substring(1))
				+ ".png"), 1280);
		assertThat(pages.check(language + "/admin/integrationskonferenz/sitzungen/neu").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/integrationskonferenz/sitzungen/" + sessionId + "?dokumentZuGross")
			.status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0} session form with errors")
	@MethodSource("languagesOfTheSite")
	void sessionFormWithErrorsFocusesTheSummaryKeepsTheInputAndPassesChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);
		pages.open(language + "/admin/integrationskonferenz/sitzungen/neu");
		var driver = pages.driver();
		driver.findElement(By.id("titleDe")).sendKeys("Plenum mit Fehlern");
		driver.findElement(By.id("agendaEn")).sendKeys("one\ntwo");
		((JavascriptExecutor) driver).executeScript("document.getElementById('kind').value = 'WORKING_GROUP';");
		var submit = driver.findElement(By.cssSelector("main form.ik-form button[type=submit]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();

		var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		var summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));
		wait.until(d -> summary.equals(d.switchTo().activeElement()));
		assertThat(driver.findElement(By.id("titleDe")).getDomProperty("value")).isEqualTo("Plenum mit Fehlern");
		assertThat(driver.findElement(By.id("agendaEn")).getDomProperty("value")).isEqualTo("one\ntwo");
		assertThat(driver.findElements(By.cssSelector("[data-error-summary] li"))).hasSizeGreaterThanOrEqualTo(3);
		AccessibilityCheck.assertNoViolations(driver);
	}

	static Stream<String> languagesOfTheSite() {
		return LANGUAGES.stream();
	}

	private static Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(ConferenceAdministration.BERLIN).toInstant();
	}

	private static String resolve(String path) {
		return path.replace("{group}", group).replace("{past}", past).replace("{upcoming}", upcoming);
	}
}
