package org.integrationskompass.news.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.SecondFactorCodes;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.integrationskompass.browser.AccessibilityCheck;
import org.integrationskompass.browser.BrowserTest;
import org.integrationskompass.browser.HtmlValidation;
import org.integrationskompass.browser.PageChecks;
import org.integrationskompass.news.NewsFixtures;
import org.integrationskompass.news.domain.ArticleDetails;
import org.integrationskompass.news.domain.ArticleKind;
import org.integrationskompass.news.domain.ImageDetails;
import org.integrationskompass.news.domain.NewsAdministration;
import org.integrationskompass.news.domain.NewsTopic;
import org.integrationskompass.organisations.StaffBrowser;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The news back office (list, new form, the form with errors, edit in German, English and Arabic, pictures also
 * with errors, preview of a scheduled article, delete confirmation) in de, en and ar, in Chromium: no axe-core WCAG
 * 2.1 A/AA violation, no Nu HTML checker error, the page language and direction right.
 */
@BrowserTest
class NewsAdminAccessibilityTests {

	static final List<String> LANGUAGES = List.of("", "/en", "/ar");

	private static final String LOGIN = "news-browser-check@integrationskompass.example";

	private static final String PASSWORD = "Meldung-Pruefen-2026";

	private static volatile String articleId = "";

	@LocalServerPort
	int port;

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final NewsAdministration administration;

	@Autowired
	NewsAdminAccessibilityTests(AccountRepository accounts, PasswordEncoder passwords, NewsAdministration administration) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.administration = administration;
	}

	@BeforeEach
	void prepareDataOnce() {
		if (!articleId.isEmpty()) {
			return;
		}
		if (accounts.findByLogin(LOGIN).isEmpty()) {
			accounts.saveAndFlush(SecondFactorCodes.enrolled(new Account(LOGIN, "Meldung Prüfung", passwords.encode(PASSWORD), Set.of(Role.EDITOR),
					Instant.now())));
		}
		var now = Instant.now();
		var article = administration.create(new ArticleDetails(
				LocalizedText.german("Woche der Vielfalt").with("en", "Diversity week").with("ar", "أسبوع التنوع"),
				LocalizedText.german("Vereine laden ein.").with("ar", "الجمعيات تدعو."),
				LocalizedText.german("<p>Erster Absatz.</p><h2>Programm</h2><ul><li>Lesung</li><li>Fest</li></ul>"),
				"Redaktion", ArticleKind.NEWS, Set.of(NewsTopic.PARTICIPATION), now.plus(Duration.ofDays(3)),
				now.plus(Duration.ofDays(30))));
		administration.addImage(article.id(), new ImageDetails(LocalizedText.german("Menschen beim Fest")
			.with("ar", "أناس في الاحتفال"), false, LocalizedText.german("Das Fest im Vorjahr"), "Foto: Verein"),
				"image/png", NewsFixtures.PNG);
		administration.create(NewsFixtures.article("Entwurf ohne Datum " + UUID.randomUUID(), null, null));
		articleId = article.id().toString();
	}

	static Stream<String> languages() {
		return LANGUAGES.stream();
	}

	@ParameterizedTest(name = "{0} news back office")
	@MethodSource("languages")
	void newsBackOfficePagesPassAccessibilityAndHtmlChecks(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);
		var admin = language + "/admin/aktuelles";
		var article = admin + "/" + articleId;

		assertThat(pages.check(admin).status()).isEqualTo(200);
		assertThat(pages.check(admin + "/neu").status()).isEqualTo(200);
		assertThat(pages.check(article).status()).isEqualTo(200);
		assertThat(pages.check(article + "?sprache=en").status()).isEqualTo(200);
		assertThat(pages.check(article + "?sprache=ar").status()).isEqualTo(200);
		assertThat(pages.check(article + "/bilder").status()).isEqualTo(200);
		assertThat(pages.check(article + "/vorschau").status()).isEqualTo(200);
		assertThat(pages.check(article + "/loeschen").status()).isEqualTo(200);
		assertThat(pages.languageAndDirection()).containsExactly(language.equals("/ar") ? "ar" : language.isEmpty() ? "de" : "en",
				language.equals("/ar") ? "rtl" : "ltr");
		assertThat(pages.check(admin + "/" + UUID.randomUUID()).status()).isEqualTo(404);

		var staff = new StaffBrowser(port);
		staff.signIn(LOGIN, PASSWORD);
		var form = new HashMap<String, List<String>>();
		form.put("title", List.of(""));
		form.put("kind", List.of("GERUECHT"));
		form.put("topics", List.of("ASTROLOGIE"));
		form.put("publishAt", List.of("2026-12-10T10:00"));
		form.put("unpublishAt", List.of("2026-12-09T10:00"));
		var withErrors = staff.submit(admin + "/neu", admin + "/neu", form, null);
		assertThat(withErrors.statusCode()).isEqualTo(200);
		HtmlValidation.assertValid("news form with errors", withErrors.body());
		var pictureErrors = staff.submit(article + "/bilder", article + "/bilder", Map.of("altDe", List.of("")),
				new StaffBrowser.Upload("bild.svg", "image/svg+xml", "<svg></svg>".getBytes(), "image"));
		assertThat(pictureErrors.statusCode()).isEqualTo(200);
		HtmlValidation.assertValid("news pictures with errors", pictureErrors.body());
	}

	@ParameterizedTest(name = "{0} news form with errors in the browser")
	@MethodSource("languages")
	void newsFormWithErrorsFocusesTheSummaryKeepsTheInputAndPassesAxe(String language, PageChecks pages) {
		pages.signIn(language, LOGIN, PASSWORD);
		pages.open(language + "/admin/aktuelles/neu");
		var driver = pages.driver();
		driver.findElement(By.id("teaser")).sendKeys("Ohne Titel geht es nicht.");
		var submit = driver.findElement(By.cssSelector("main form.ik-form button[type=submit]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", submit);
		submit.click();

		var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		var summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-error-summary]")));
		wait.until(d -> summary.equals(d.switchTo().activeElement()));
		assertThat(driver.findElements(By.cssSelector("[data-error-summary] a"))).hasSize(1);
		assertThat(driver.findElement(By.id("teaser")).getDomProperty("value")).isEqualTo("Ohne Titel geht es nicht.");
		AccessibilityCheck.assertNoViolations(driver);
	}
}
