package org.integrationskompass.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.integrationskompass.accounts.SecondFactorCodes;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a browser test does with a page of the running application, addressed by its path ({@code /en/impressum}).
 * The central call is {@link #check(String)}: open the page in Chromium, run axe-core on the rendered page, fetch
 * the HTML the server sent and run the Nu HTML checker on it, and fail with everything both found.
 */
public final class PageChecks {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NORMAL)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final ChromeDriver driver;

	private final URI base;

	PageChecks(ChromeDriver driver, URI base) {
		this.driver = driver;
		this.base = base;
	}

	public WebDriver driver() {
		return driver;
	}

	/** The absolute URL of a path of the application under test. */
	public URI url(String path) {
		return base.resolve(path);
	}

	/** The path (with language prefix) of the page the browser shows now. */
	public String currentPath() {
		return URI.create(driver.getCurrentUrl()).getPath();
	}

	public PageChecks open(String path) {
		driver.get(url(path).toString());
		return this;
	}

	/**
	 * Opens {@code path} and fails on any WCAG 2.1 A/AA violation axe-core finds and on any error of the Nu HTML
	 * checker in the served HTML. Error pages are checked like any other page: their status is returned, not judged.
	 */
	public ServedPage check(String path) {
		open(path);
		return checkCurrentPage();
	}

	/** {@link #check(String)} for the page the browser shows now, for pages reached by clicking or submitting. */
	public ServedPage checkCurrentPage() {
		var violations = AccessibilityCheck.violations(driver);
		var page = fetch(URI.create(driver.getCurrentUrl()));
		var htmlErrors = HtmlValidation.errors(page.url().toString(), page.html());
		if (!violations.isEmpty() || !htmlErrors.isEmpty()) {
			var report = new ArrayList<String>();
			report.add("%s: %d axe-core violation(s) of %s, %d Nu HTML checker error(s)".formatted(page.url(),
					violations.size(), AccessibilityCheck.WCAG_TAGS, htmlErrors.size()));
			violations.forEach(v -> report.add("  axe: " + v));
			htmlErrors.forEach(e -> report.add("  html: " + e));
			fail(String.join("\n", report));
		}
		return page;
	}

	/**
	 * Fetches what the server sends for {@code path} ({@code Accept: text/html}), with the browser's cookies, so a
	 * signed-in browser fetches the signed-in page.
	 */
	public ServedPage fetch(String path) {
		return fetch(url(path));
	}

	private ServedPage fetch(URI url) {
		var request = HttpRequest.newBuilder(url).header("Accept", "text/html").timeout(Duration.ofSeconds(30));
		var cookies = driver.manage().getCookies().stream()
			.map(cookie -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies);
		}
		try {
			var response = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.headers().firstValue("Content-Type")).as("Content-Type of %s", url)
				.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
			return new ServedPage(response.uri(), response.statusCode(), response.body());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while fetching " + url, e);
		}
	}

	/** Signs in through the real sign-in form of the given language ({@code ""}, {@code "/en"}, …) and waits for the back office. */
	public PageChecks signIn(String languagePrefix, String login, String password) {
		enterPassword(languagePrefix, login, password);
		if (currentPath().equals(languagePrefix + "/anmelden/zwei-faktor")) {
			driver.findElement(By.id("code")).sendKeys(SecondFactorCodes.next(login));
			driver.findElement(By.cssSelector("main form button[type=submit]")).click();
			new WebDriverWait(driver, Duration.ofSeconds(15))
				.until(d -> !currentPath().endsWith("/anmelden/zwei-faktor") || hasErrorSummary());
		}
		assertThat(currentPath()).as("page after signing in as %s", login).isEqualTo(languagePrefix + "/admin");
		return this;
	}

	/**
	 * The first step of signing in: the password on the form of the given language; waits for the next page (the
	 * back office, the second factor or the form again with an error).
	 */
	public PageChecks enterPassword(String languagePrefix, String login, String password) {
		open(languagePrefix + "/anmelden");
		driver.findElement(By.id("username")).sendKeys(login);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !currentPath().endsWith("/anmelden")
				|| URI.create(driver.getCurrentUrl()).getQuery() != null);
		return this;
	}

	private boolean hasErrorSummary() {
		return !driver.findElements(By.cssSelector("[data-error-summary]")).isEmpty();
	}

	/** Emulates a screen of this size in CSS pixels (a phone-like viewport, honouring {@code <meta name="viewport">}). */
	public PageChecks useViewport(int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
		return this;
	}

	/** How many CSS pixels the page is wider than the viewport; 0 when nothing scrolls sideways. */
	public long horizontalOverflow() {
		var overflow = (Number) driver.executeScript(
				"return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth);");
		return overflow.longValue();
	}

	/** The {@code lang} and {@code dir} attributes of the page's root element. */
	public List<String> languageAndDirection() {
		var html = driver.findElement(By.tagName("html"));
		return List.of(String.valueOf(html.getDomAttribute("lang")), String.valueOf(html.getDomAttribute("dir")));
	}

	/**
	 * Saves a PNG of the current page at the given viewport width, as tall as the page (the viewport is stretched
	 * to the page's height, since a screenshot only shows the viewport).
	 */
	public Path screenshot(Path file, int width) {
		useViewport(width, 900);
		var height = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).intValue();
		useViewport(width, Math.max(height, 900));
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The answer the server gave for a page. */
	public record ServedPage(URI url, int status, String html) {
	}
}
