package org.integrationskompass.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.integrationskompass.browser.BrowserTest;
import org.integrationskompass.browser.PageChecks;
import org.integrationskompass.offers.domain.OfferMode;
import org.integrationskompass.offers.domain.OfferRepository;
import org.integrationskompass.offers.domain.OfferService;
import org.integrationskompass.offers.domain.TargetGroupRepository;
import org.integrationskompass.offers.domain.TopicRepository;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.integrationskompass.regions.gazetteer.SharedGazetteer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The visitor journey of the offer finder in a real browser with JavaScript: search near a postcode, narrow by a
 * target group without reloading the page, share the address, go back; and the accessibility and HTML checks of the
 * search page with and without results in every language.
 */
@BrowserTest
class VisitorSearchesOffersInTheBrowserTests {

	/** Where screenshots go for a human to look at; {@code -Dbrowser.screenshots=/tmp/shots} to put them elsewhere. */
	private static final Path SCREENSHOTS = Path.of(System.getProperty("browser.screenshots", "target/screenshots"));

	private static final String MARKER_SLUG = "deutschkurs-im-browser-giessen";

	private final ApplicationContext context;

	private final OfferRepository offers;

	private final OfferFixtures fixtures;

	@Autowired
	VisitorSearchesOffersInTheBrowserTests(ApplicationContext context, OfferRepository offers,
			OrganisationService organisations, OfferService offerService, TopicRepository topics,
			TargetGroupRepository targetGroups) {
		this.context = context;
		this.offers = offers;
		this.fixtures = new OfferFixtures(organisations, offerService, topics, targetGroups);
	}

	@BeforeEach
	void createOffers() {
		if (offers.findBySlug(MARKER_SLUG).isPresent()) {
			return;
		}
		SharedGazetteer.importInto(context);
		fixtures.offer("Deutschkurs im Browser Gießen").at(OfferFixtures.GIESSEN).for_("frauen")
			.languages("de", "ar").create();
		fixtures.offer("Deutschkurs im Browser Wetzlar")
			.at(OfferFixtures.place("35578", "Wetzlar", "06532023", "06532", 50.5541, 8.5040))
			.for_("neu-zugewanderte").create();
		fixtures.offer("Deutschkurs im Browser Marburg").at(OfferFixtures.MARBURG).for_("frauen").create();
		fixtures.offer("Deutschkurs im Browser online").mode(OfferMode.ONLINE).for_("frauen").create();
	}

	@Test
	void findsCoursesNearAPostcodeAndNarrowsThemByTargetGroupInPlace(PageChecks pages) {
		var driver = pages.open("/angebote").driver();
		driver.findElement(By.id("q")).sendKeys("Deutschkurs im Browser");
		driver.findElement(By.id("ort")).sendKeys("35390");
		new Select(driver.findElement(By.id("umkreis"))).selectByValue("20");
		click(driver, driver.findElement(By.cssSelector("form#suche .ik-search__submit button")));

		waitFor(driver, () -> driver.getCurrentUrl().contains("ort=35390"));
		waitFor(driver, () -> titles(driver).size() == 2);
		assertThat(titles(driver)).containsExactly("Deutschkurs im Browser Gießen", "Deutschkurs im Browser Wetzlar");
		assertThat(distances(driver)).hasSize(2).allMatch(text -> text.matches("\\d+,\\d km entfernt"));
		assertThat(driver.findElement(By.id("suchstatus")).getText()).contains("2 Angebote gefunden")
			.contains("Im Umkreis von 20 km um 35390 Gießen");
		assertThat(count(driver, "filter-sprache-de")).isEqualTo("(2)");

		markPage(driver);
		click(driver, driver.findElement(By.id("filter-zielgruppe-frauen")));

		waitFor(driver, () -> driver.getCurrentUrl().contains("zielgruppe=frauen"));
		waitFor(driver, () -> titles(driver).size() == 1);
		assertThat(titles(driver)).containsExactly("Deutschkurs im Browser Gießen");
		assertThat(count(driver, "filter-sprache-de")).as("count of German after choosing a target group")
			.isEqualTo("(1)");
		assertThat(stillSamePage(driver)).as("the results were updated in place, not by loading a new page").isTrue();
		assertThat(driver.switchTo().activeElement().getAttribute("id")).as("keyboard focus stays on the checkbox")
			.isEqualTo("filter-zielgruppe-frauen");

		pages.screenshot(SCREENSHOTS.resolve("offer-search-de-1280.png"), 1280);

		var shared = driver.getCurrentUrl();
		driver.get(shared);
		assertThat(titles(driver)).as("the address reproduces the search").containsExactly("Deutschkurs im Browser Gießen");
		assertThat(driver.findElement(By.id("filter-zielgruppe-frauen")).isSelected()).isTrue();

		driver.navigate().back();
		waitFor(driver, () -> !driver.getCurrentUrl().contains("zielgruppe"));
		waitFor(driver, () -> titles(driver).size() == 2);
	}

	@Test
	void seesOrganisationsPerKreisOnTheDirectoryMapWithTheTableBeside(PageChecks pages) {
		var driver = pages.open("/organisationen").useViewport(1280, 900).driver();

		var onMap = driver.findElements(By.cssSelector(".ik-kreis-map a.ik-kreis-map__kreis"));
		var rows = driver.findElements(By.cssSelector(".ik-kreis-table tbody tr"));
		assertThat(onMap).hasSize(27);
		assertThat(rows).hasSize(27);
		var giessen = driver.findElement(By.cssSelector(".ik-kreis-map a[aria-label^='Landkreis Gießen: ']"));
		var mapCount = giessen.getAttribute("aria-label").replaceAll("\\D+", "");
		var tableCount = driver.findElement(By.cssSelector(".ik-kreis-table tr[data-kreis='06531'] td.kern-table__cell--numeric"))
			.getText();
		assertThat(Integer.parseInt(mapCount)).isPositive();
		assertThat(tableCount).isEqualTo(mapCount);
		var map = driver.findElement(By.cssSelector(".ik-kreis-map")).getRect();
		var table = driver.findElement(By.cssSelector(".ik-kreis-table")).getRect();
		assertThat(table.getX()).as("the table stands beside the map").isGreaterThanOrEqualTo(map.getX() + map.getWidth());
	}

	@Test
	void showsTheSameSearchInEnglish(PageChecks pages) {
		var driver = pages.open("/en/angebote?q=Deutschkurs+im+Browser&ort=35390&umkreis=20").driver();

		assertThat(titles(driver)).containsExactly("Deutschkurs im Browser Gießen", "Deutschkurs im Browser Wetzlar");
		assertThat(driver.findElement(By.id("suchstatus")).getText()).contains("2 offers found")
			.contains("Within 20 km of 35390 Gießen");
		assertThat(distances(driver)).allMatch(text -> text.matches("\\d+\\.\\d km away"));
	}

	static Stream<String> searchPages() {
		return Stream.of("", "/en", "/ar").flatMap(language -> Stream.of(
				language + "/angebote",
				language + "/angebote?q=Deutschkurs+im+Browser&ort=35390&umkreis=20&zielgruppe=frauen",
				language + "/angebote?q=Gibtesnichtkurs&ort=35390&umkreis=5&sprache=uk",
				language + "/angebote?q=Deutschkurs&ort=Nirgendwo&umkreis=-3"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("searchPages")
	void searchPagePassesAccessibilityAndHtmlChecks(String path, PageChecks pages) {
		assertThat(pages.check(path).status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0} at 320 px")
	@MethodSource("searchPages")
	void searchPageDoesNotScrollSidewaysOnASmallPhone(String path, PageChecks pages) {
		pages.open(path).useViewport(320, 640);

		assertThat(pages.horizontalOverflow()).isZero();
		if (path.startsWith("/ar/") && path.contains("zielgruppe")) {
			pages.screenshot(SCREENSHOTS.resolve("offer-search-ar-320.png"), 320);
		}
	}

	private static List<String> titles(WebDriver driver) {
		return driver.findElements(By.cssSelector(".ik-results__list .kern-title a")).stream()
			.map(link -> link.getText().replace("(not yet translated)", ""))
			.map(String::strip)
			.toList();
	}

	private static List<String> distances(WebDriver driver) {
		return driver.findElements(By.cssSelector(".ik-results__list .kern-badge--info")).stream()
			.map(WebElement::getText)
			.map(String::strip)
			.toList();
	}

	private static String count(WebDriver driver, String checkboxId) {
		return driver.findElement(By.cssSelector("label[for='" + checkboxId + "'] .ik-facet__count")).getText();
	}

	private static void click(WebDriver driver, WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private static void markPage(WebDriver driver) {
		((JavascriptExecutor) driver).executeScript("window.__sameDocument = true;");
	}

	private static boolean stillSamePage(WebDriver driver) {
		return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("return window.__sameDocument === true;"));
	}

	private static void waitFor(WebDriver driver, java.util.function.BooleanSupplier condition) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
			try {
				return condition.getAsBoolean();
			}
			catch (RuntimeException e) {
				return false;
			}
		});
	}
}
