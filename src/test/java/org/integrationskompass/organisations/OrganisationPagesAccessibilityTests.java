package org.integrationskompass.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.SecondFactorCodes;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.browser.AccessibilityCheck;
import org.integrationskompass.browser.BrowserTest;
import org.integrationskompass.browser.PageChecks;
import org.integrationskompass.offers.OfferFixtures;
import org.integrationskompass.offers.domain.OfferService;
import org.integrationskompass.offers.domain.TargetGroupRepository;
import org.integrationskompass.offers.domain.TopicRepository;
import org.integrationskompass.organisations.domain.OrganisationDetails;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.integrationskompass.regions.gazetteer.SharedGazetteer;
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
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The directory (with and without filters, with and without results), a profile page and the back-office list and
 * form in de, en and ar, in Chromium: no axe-core WCAG 2.1 A/AA violation, no Nu HTML checker error. With the open
 * data in {@code ../shared/geo} the directory shows the SVG map of the Kreise and it is checked too.
 */
@BrowserTest
class OrganisationPagesAccessibilityTests {

	static final List<String> LANGUAGES = List.of("", "/en", "/ar");

	private static final String LOGIN = "organisations-browser-check@integrationskompass.example";

	private static final String PASSWORD = "Organisationen-Pruefen-2026";

	private static final String SLUG = "netzwerk-fuer-barrierefreie-pruefung";

	/** Where screenshots go for a human to look at, as in {@code PublicPagesAccessibilityTests}. */
	private static final Path SCREENSHOTS = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));

	private static volatile boolean prepared;

	private final ApplicationContext context;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final OrganisationService organisations;

	private final OfferFixtures offers;

	@Autowired
	OrganisationPagesAccessibilityTests(ApplicationContext context, AccountRepository accounts,
			PasswordEncoder passwords, OrganisationService organisations, OfferService offerService,
			TopicRepository topics, TargetGroupRepository targetGroups) {
		this.context = context;
		this.accounts = accounts;
		this.passwords = passwords;
		this.organisations = organisations;
		this.offers = new OfferFixtures(organisations, offerService, topics, targetGroups);
	}

	@BeforeEach
	void prepareDataOnce() {
		if (prepared) {
			return;
		}
		SharedGazetteer.importIfPresent(context);
		if (accounts.findByLogin(LOGIN).isEmpty()) {
			accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(LOGIN, "Organisationen Prüfung", passwords.encode(PASSWORD),
					Set.of(Role.EDITOR), Instant.now())));
		}
		if (organisations.findProfile(SLUG).isEmpty()) {
			var created = organisations.create(new OrganisationDetails("Netzwerk für barrierefreie Prüfung",
					OrganisationKind.ASSOCIATION,
					LocalizedText.of(Map.of("de", "Ein Netzwerk, das Beratung in mehreren Sprachen anbietet.", "en",
							"A network that offers counselling in several languages.")),
					"Ludwigstraße 10", "35390", "Gießen", "06531005", "06531", 50.58, 8.68, "https://netzwerk.example",
					"hallo@netzwerk.example", "0641 98765", Set.of("de", "ar", "fa"),
					LocalizedText.german("Logo des Netzwerks: ein blauer Kreis"), true, Fachstelle.WIR_LOTSINNEN),
					false);
			organisations.replaceLogo(created.id(), "image/png", png());
			offers.offer("Beratung in drei Sprachen").summary("Offene Sprechstunde ohne Termin.")
				.by(created.asSummary())
				.create();
			organisations.create(new OrganisationDetails("Arabischer Kulturverein Kassel",
					OrganisationKind.MIGRANT_ORGANISATION, LocalizedText.german("Ein Kulturverein."), null, null,
					"Kassel", null, "06611", null, null, null, null, null, Set.of("ar", "de"), LocalizedText.empty(),
					false, Fachstelle.MIGRANT_ORGANISATIONS), false);
		}
		prepared = true;
	}

	static Stream<Arguments> publicPages() {
		var paths = List.of("/organisationen", "/organisationen?art=ASSOCIATION&kreis=06531&sprache=ar",
				"/organisationen?art=OTHER&sprache=am", "/organisationen/" + SLUG);
		return LANGUAGES.stream().flatMap(language -> paths.stream().map(path -> Arguments.of(language, path)));
	}

	@ParameterizedTest(name = "{0}{1}")
	@MethodSource("publicPages")
	void publicOrganisationPagePassesAccessibilityAndHtmlChecks(String language, String path, PageChecks pages) {
		var served = pages.check(language + path);

		assertThat(served.status()).isEqualTo(200);
		if (path.equals("/organisationen/" + SLUG)) {
			assertThat(served.html()).as("the offers module's section on the profile").contains("Beratung in drei Sprachen");
		}
		pages.screenshot(SCREENSHOTS.resolve("organisations" + path.replaceAll("[^a-z0-9]+", "-") + "-"
				+ (language.isEmpty() ? "de" : language.substring(1)) + ".png"), 1280);
	}

	@ParameterizedTest(name = "{0}/organisationen at 320 px")
	@MethodSource("languagesOfTheSite")
	void directoryAndProfileDoNotScrollSidewaysOnASmallPhone(String language, PageChecks pages) {
		for (var path : List.of("/organisationen", "/organisationen/" + SLUG)) {
			pages.open(language + path).useViewport(320, 640);

			assertThat(pages.horizontalOverflow()).as("CSS pixels %s%s is wider than 320 px", language, path).isZero();
		}
	}

	@ParameterizedTest(name = "{0} back office")
	@MethodSource("languagesOfTheSite")
	void backOfficeListAndFormsPassAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);
		var id = organisations.findProfile(SLUG).orElseThrow().summary().id();

		assertThat(pages.check(language + "/admin/organisationen").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/organisationen?q=Netzwerk&art=ASSOCIATION").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/organisationen/neu").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/organisationen/" + id + "/bearbeiten").status()).isEqualTo(200);
		pages.screenshot(SCREENSHOTS.resolve("staff-organisation-form-" + (language.isEmpty() ? "de" : language.substring(1))
				+ ".png"), 1280);
	}

	@ParameterizedTest(name = "{0} form with errors")
	@MethodSource("languagesOfTheSite")
	void formWithErrorsFocusesTheSummaryAndPassesAccessibilityChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);
		pages.open(language + "/admin/organisationen/neu");
		var driver = pages.driver();
		driver.findElement(By.id("postcode")).sendKeys("99999");
		var submit = driver.findElement(By.cssSelector("main form button[type=submit]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();

		var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
		var summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));
		wait.until(d -> summary.equals(d.switchTo().activeElement()));
		assertThat(driver.findElement(By.id("postcode")).getDomProperty("value")).isEqualTo("99999");
		assertThat(driver.findElements(By.cssSelector("[data-error-summary] a"))).hasSizeGreaterThanOrEqualTo(3);
		AccessibilityCheck.assertNoViolations(driver);
	}

	static Stream<String> languagesOfTheSite() {
		return LANGUAGES.stream();
	}

	private static byte[] png() {
		var image = new BufferedImage(24, 24, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 24; x++) {
			for (int y = 0; y < 24; y++) {
				image.setRGB(x, y, (x - 12) * (x - 12) + (y - 12) * (y - 12) < 100 ? 0x1d4f91 : 0xffffff);
			}
		}
		try (var out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
