package org.integrationskompass.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
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
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.site.domain.LinkAdministration;
import org.integrationskompass.site.domain.LinkChecker;
import org.integrationskompass.site.domain.LinkDetails;
import org.integrationskompass.site.domain.MenuPlacement;
import org.integrationskompass.site.domain.PageAdministration;
import org.integrationskompass.site.domain.PageContent;
import org.integrationskompass.site.domain.PageStructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An editable page with breadcrumbs and children (one translation missing), the link collection (also filtered) and
 * the back office's page tree, page form (also with errors), version history and comparison, preview, link list with
 * a broken link, link form and categories, in de, en and ar, in Chromium: no axe-core WCAG 2.1 A/AA violation, no Nu
 * HTML checker error. Links point only at addresses the checker refuses without a request (private network), so no
 * check ever leaves this machine.
 */
@BrowserTest
class SitePagesAccessibilityTests {

	static final List<String> LANGUAGES = List.of("", "/en", "/ar");

	private static final String LOGIN = "site-pages-browser-check@integrationskompass.example";

	private static final String PASSWORD = "Seiten-Pruefen-2026";

	private static volatile boolean prepared;

	private static volatile String parentPath = "";

	private static volatile String childPath = "";

	private static volatile UUID parentId = UUID.randomUUID();

	private static volatile UUID linkId = UUID.randomUUID();

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final PageAdministration pages;

	private final LinkAdministration links;

	private final LinkChecker checker;

	@Autowired
	SitePagesAccessibilityTests(AccountRepository accounts, PasswordEncoder passwords, PageAdministration pages,
			LinkAdministration links, LinkChecker checker) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.pages = pages;
		this.links = links;
		this.checker = checker;
	}

	@BeforeEach
	void prepareDataOnce() {
		if (prepared) {
			return;
		}
		if (accounts.findByLogin(LOGIN).isEmpty()) {
			accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(LOGIN, "Seiten Prüfung", passwords.encode(PASSWORD), Set.of(Role.EDITOR),
					Instant.now())));
		}
		var slug = "vielfalt-" + UUID.randomUUID().toString().substring(0, 6);
		var parent = pages.create(new PageStructure(null, slug, 0, MenuPlacement.MAIN, 50), new PageContent(
				LocalizedText.german("Vielfalt im Ehrenamt").with("en", "Diversity in volunteering").with("ar", "التنوع في العمل التطوعي"),
				LocalizedText.german("Wie Vereine sich öffnen.").with("en", "How associations open up."),
				LocalizedText.german("<p>Erster Absatz.</p><h2>Angebote</h2><ul><li>Beratung</li><li>Schulung</li></ul>"
						+ "<p><a href=\"https://www.hessen.de/\">Land Hessen</a></p>")
					.with("en", "<p>First paragraph.</p><h2>Offers</h2><ul><li>Counselling</li></ul>")),
				"Prüfung", "erste Fassung");
		pages.save(parent.id(), parent.structure(), new PageContent(LocalizedText.german("Vielfalt im Ehrenamt")
			.with("en", "Diversity in volunteering").with("ar", "التنوع في العمل التطوعي"),
				LocalizedText.german("Wie Vereine sich öffnen und wachsen."),
				LocalizedText.german("<p>Erster Absatz, überarbeitet.</p><h2>Angebote</h2><ul><li>Beratung</li></ul>")),
				"Prüfung", "zweite Fassung");
		pages.publish(parent.id());
		var child = pages.create(new PageStructure(parent.id(), "lotsinnen", 0, MenuPlacement.FOOTER, 5), new PageContent(
				LocalizedText.german("Lots*innen").with("en", "Integration guides"),
				LocalizedText.german("Ehrenamtliche begleiten Neuankommende."), LocalizedText.german("<p>Text.</p>")),
				"Prüfung", "");
		pages.publish(child.id());
		parentId = parent.id();
		parentPath = "/seiten/" + slug;
		childPath = parentPath + "/lotsinnen";
		var category = links.createCategory("behoerden-" + slug, LocalizedText.german("Behörden").with("en", "Authorities")
			.with("ar", "الجهات الرسمية"), 10);
		links.createUnchecked(new LinkDetails(LocalizedText.german("Regierungspräsidium Beispiel"), "http://10.20.30.40/",
				LocalizedText.german("Bewilligt Förderanträge.")), List.of(category.id()), Duration.ofDays(1));
		linkId = links.createUnchecked(new LinkDetails(LocalizedText.german("Interner Server"), "http://10.20.30.41/start",
				LocalizedText.german("Nur zum Test.").with("en", "Test only.")), List.of(), Duration.ofDays(1)).id();
		checker.checkNow(linkId);
		prepared = true;
	}

	static Stream<String> languagesOfTheSite() {
		return LANGUAGES.stream();
	}

	@ParameterizedTest(name = "{0} public pages and links")
	@MethodSource("languagesOfTheSite")
	void publicPagesAndTheLinkCollectionPassAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		assertThat(pages.check(language + parentPath).status()).isEqualTo(200);
		assertThat(pages.check(language + childPath).status()).isEqualTo(200);
		assertThat(pages.check(language + "/links").status()).isEqualTo(200);
		assertThat(pages.check(language + "/links?kategorie=nichts&suche=xyz").status()).isEqualTo(200);
		pages.open(language + parentPath).useViewport(320, 640);
		assertThat(pages.horizontalOverflow()).isZero();
	}

	@ParameterizedTest(name = "{0} back office")
	@MethodSource("languagesOfTheSite")
	void backOfficePagesPassAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);
		var admin = language + "/admin/seiten";

		assertThat(pages.check(admin).status()).isEqualTo(200);
		assertThat(pages.check(admin + "/neu").status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + parentId).status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + parentId + "/versionen").status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + parentId + "/vergleich?von=1&bis=2").status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + parentId + "/vorschau").status()).isEqualTo(200);
		assertThat(pages.check(admin + "/" + parentId + "/loeschen").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/links").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/links/neu").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/links/" + linkId).status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/links/" + linkId + "/loeschen").status()).isEqualTo(200);
		assertThat(pages.check(language + "/admin/links/kategorien").status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0} page form with errors")
	@MethodSource("languagesOfTheSite")
	void pageFormWithErrorsFocusesTheSummaryKeepsTheInputAndPassesChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);
		pages.open(language + "/admin/seiten/neu");
		var driver = pages.driver();
		driver.findElement(By.id("slug")).sendKeys("admin");
		driver.findElement(By.id("position")).sendKeys("x");
		driver.findElement(By.id("summaryDe")).sendKeys("Eine Kurzbeschreibung");
		var submit = driver.findElement(By.cssSelector("main form.ik-form button[type=submit]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();

		var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		var summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));
		wait.until(d -> summary.equals(d.switchTo().activeElement()));
		assertThat(driver.findElement(By.id("summaryDe")).getDomProperty("value")).isEqualTo("Eine Kurzbeschreibung");
		assertThat(driver.findElements(By.cssSelector("[data-error-summary] a"))).hasSizeGreaterThanOrEqualTo(2);
		AccessibilityCheck.assertNoViolations(driver);
	}
}
