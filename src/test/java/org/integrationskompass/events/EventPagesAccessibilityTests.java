package org.integrationskompass.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.SecondFactorCodes;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.browser.AccessibilityCheck;
import org.integrationskompass.browser.BrowserTest;
import org.integrationskompass.browser.PageChecks;
import org.integrationskompass.events.domain.EventAdministration;
import org.integrationskompass.events.domain.EventCategory;
import org.integrationskompass.events.domain.EventDetails;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventType;
import org.integrationskompass.events.domain.RegistrationRequest;
import org.integrationskompass.events.domain.RegistrationService;
import org.integrationskompass.events.domain.Venue;
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
 * The calendar (with and without filters and results), an event page with image, the registration form (also with
 * errors), the personal page of a registration and of a bad link, and the back office's event pages, in de, en and ar,
 * in Chromium: no axe-core WCAG 2.1 A/AA violation, no Nu HTML checker error.
 */
@BrowserTest
class EventPagesAccessibilityTests {

	static final List<String> LANGUAGES = List.of("", "/en", "/ar");

	private static final String LOGIN = "events-browser-check@integrationskompass.example";

	private static final String PASSWORD = "Veranstaltungen-Pruefen-2026";

	private static final Path SCREENSHOTS = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));

	private static volatile boolean prepared;

	private static volatile String openSlug = "";

	private static volatile String fullSlug = "";

	private static volatile UUID openId = UUID.randomUUID();

	private static volatile String confirmedToken = "";

	private static volatile UUID raniaId = UUID.randomUUID();

	private static volatile String waitingToken = "";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final EventAdministration administration;

	private final RegistrationService registrations;

	private final EventRepository events;

	@Autowired
	EventPagesAccessibilityTests(AccountRepository accounts, PasswordEncoder passwords,
			EventAdministration administration, RegistrationService registrations, EventRepository events) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.administration = administration;
		this.registrations = registrations;
		this.events = events;
	}

	@BeforeEach
	void prepareDataOnce() {
		if (prepared) {
			return;
		}
		if (accounts.findByLogin(LOGIN).isEmpty()) {
			accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(LOGIN, "Veranstaltungen Prüfung", passwords.encode(PASSWORD),
					Set.of(Role.EDITOR), Instant.now())));
		}
		var soon = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS);
		var open = administration.create(details("Fachtag: Vielfalt im Ehrenamt", "Conference: diversity in volunteering",
				"مؤتمر: التنوع في العمل التطوعي", EventType.CONFERENCE, EventCategory.MIGRANT_ORGANISATIONS, soon, 40, 3,
				new Venue("Bürgerhaus", "Marktplatz 1", "34117", "Kassel", "06611", 51.31, 9.49), false));
		administration.replaceImage(open.id(), "image/png", png());
		administration.publish(open.id());
		var full = administration.create(details("Online-Schulung für Lots*innen", "Online training for guides",
				"تدريب عبر الإنترنت للمرشدين", EventType.ONLINE, EventCategory.LOTSINNEN, soon.plus(Duration.ofDays(3)), 1,
				1, Venue.none(), true));
		administration.publish(full.id());
		var draft = administration.create(details("Entwurf: Podium", "Draft: panel", "مسودة", EventType.PODIUM,
				EventCategory.SHARED, soon.plus(Duration.ofDays(9)), 10, 1,
				new Venue(null, null, null, "Wiesbaden", "06414", null, null), false));
		openSlug = open.slug();
		fullSlug = full.slug();
		openId = open.id();
		var rania = registrations.register(open.id(), request("Rania Haddad", "rania", 2));
		confirmedToken = rania.manageToken();
		raniaId = rania.registration().id();
		registrations.register(full.id(), request("Oleh Bondar", "oleh", 1));
		waitingToken = registrations.register(full.id(), request("Zeynep Arslan", "zeynep", 1)).manageToken();
		assertThat(events.findById(draft.id())).isPresent();
		prepared = true;
	}

	static Stream<Arguments> publicPages() {
		return LANGUAGES.stream().flatMap(language -> Stream.of("/veranstaltungen",
				"/veranstaltungen?typ=ONLINE&kategorie=LOTSINNEN&online=ja", "/veranstaltungen?kreis=06412&von=2030-01-01",
				"/veranstaltungen/{open}", "/veranstaltungen/{full}", "/veranstaltungen/{open}/anmeldung",
				"/veranstaltungen/{full}/anmeldung", "/veranstaltungen/anmeldung/{confirmed}",
				"/veranstaltungen/anmeldung/{waiting}", "/veranstaltungen/anmeldung/kein-gueltiger-link")
			.map(path -> Arguments.of(language, path)));
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("publicPages")
	void publicEventPagePassesAccessibilityAndHtmlChecks(String language, String path, PageChecks pages) {
		var served = pages.check(language + resolve(path));

		assertThat(served.status()).isEqualTo(path.endsWith("kein-gueltiger-link") ? 404 : 200);
		pages.screenshot(SCREENSHOTS.resolve("events" + path.replaceAll("[^a-z0-9]+", "-") + "-"
				+ (language.isEmpty() ? "de" : language.substring(1)) + ".png"), 1280);
	}

	@ParameterizedTest(name = "{0} registration form with errors")
	@MethodSource("languagesOfTheSite")
	void registrationFormWithErrorsFocusesTheSummaryKeepsTheInputAndPassesChecks(String language, PageChecks pages) {
		pages.open(language + "/veranstaltungen/" + openSlug + "/anmeldung");
		var driver = pages.driver();
		var seats = driver.findElement(By.id("seats"));
		seats.clear();
		seats.sendKeys("9");
		driver.findElement(By.id("email")).sendKeys("keine-adresse");
		var submit = driver.findElement(By.cssSelector("main form button[type=submit]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();

		var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		var summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));
		wait.until(d -> summary.equals(d.switchTo().activeElement()));
		assertThat(driver.findElement(By.id("email")).getDomProperty("value")).isEqualTo("keine-adresse");
		assertThat(driver.findElement(By.id("seats")).getDomProperty("value")).isEqualTo("9");
		assertThat(driver.findElements(By.cssSelector("[data-error-summary] a"))).hasSize(4);
		AccessibilityCheck.assertNoViolations(driver);
	}

	@ParameterizedTest(name = "{0} calendar and event at 320 px")
	@MethodSource("languagesOfTheSite")
	void calendarAndEventDoNotScrollSidewaysOnASmallPhone(String language, PageChecks pages) {
		for (var path : List.of("/veranstaltungen", "/veranstaltungen/" + openSlug, "/veranstaltungen/" + openSlug + "/anmeldung")) {
			pages.open(language + path).useViewport(320, 640);

			assertThat(pages.horizontalOverflow()).as("CSS pixels %s%s is wider than 320 px", language, path).isZero();
		}
	}

	@ParameterizedTest(name = "{0} back office")
	@MethodSource("languagesOfTheSite")
	void backOfficeEventPagesPassAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);

		assertThat(pages.check(language + "/admin/veranstaltungen").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/veranstaltungen/neu").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/veranstaltungen/" + openId).status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/veranstaltungen/" + openId + "/anmeldungen").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/veranstaltungen/" + openId + "/anmeldungen/" + raniaId + "/entfernen")
			.status()).isEqualTo(200);
		pages.screenshot(SCREENSHOTS.resolve("staff-event-registrations-" + (language.isEmpty() ? "de" : language.substring(1))
				+ ".png"), 1280);
	}

	@ParameterizedTest(name = "{0} back-office form with errors")
	@MethodSource("languagesOfTheSite")
	void backOfficeFormWithErrorsFocusesTheSummaryAndPassesAccessibilityChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);
		pages.open(language + "/admin/veranstaltungen/neu");
		var driver = pages.driver();
		driver.findElement(By.id("capacity")).clear();
		driver.findElement(By.id("capacity")).sendKeys("-5");
		var submit = driver.findElement(By.cssSelector("main form.ik-form button[type=submit]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();

		var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		var summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));
		wait.until(d -> summary.equals(d.switchTo().activeElement()));
		assertThat(driver.findElement(By.id("capacity")).getDomProperty("value")).isEqualTo("-5");
		AccessibilityCheck.assertNoViolations(driver);
	}

	static Stream<String> languagesOfTheSite() {
		return LANGUAGES.stream();
	}

	private static String resolve(String path) {
		return path.replace("{open}", openSlug).replace("{full}", fullSlug).replace("{confirmed}", confirmedToken)
			.replace("{waiting}", waitingToken);
	}

	private static EventDetails details(String de, String en, String ar, EventType type, EventCategory category,
			Instant start, int capacity, int maxSeats, Venue venue, boolean online) {
		return new EventDetails(LocalizedText.german(de).with("en", en).with("ar", ar),
				LocalizedText.german("Ein Tag zum Kennenlernen und Austauschen.").with("en", "A day to meet and talk.")
					.with("ar", "يوم للتعارف وتبادل الخبرات."),
				LocalizedText.german("Programm:\nVorträge am Vormittag,\nWorkshops am Nachmittag."), type, category, null,
				start, start.plus(Duration.ofHours(6)), venue, online, online ? "https://meet.example/raum" : null, true,
				false, true, LocalizedText.german("Ruheraum vorhanden."), Set.of("de", "ar"), capacity, maxSeats, null, null,
				LocalizedText.german("Menschen im Gespräch an einem Tisch").with("en", "People talking at a table"),
				"Kompetenzzentrum Vielfalt");
	}

	private static RegistrationRequest request(String name, String mail, int seats) {
		return new RegistrationRequest(seats, name, mail + "@example.org", null, "Vegetarisch", "Ich bin einverstanden.",
				"de");
	}

	private static byte[] png() {
		var image = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(0xb34700));
		graphics.fillRect(0, 0, 160, 90);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(50, 15, 60, 60);
		graphics.dispose();
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
