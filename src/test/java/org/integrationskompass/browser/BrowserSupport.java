package org.integrationskompass.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * JUnit extension behind {@link BrowserTest}: starts one headless Chromium for the whole test JVM on first use,
 * closes it when the test run ends, and clears cookies and viewport emulation before every test so tests do not
 * see each other's sign-ins. Resolves {@link PageChecks} and {@link WebDriver} test-method parameters.
 *
 * <p>The browser and driver are given by path ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}; override
 * with the system properties {@code browser.chromium} and {@code browser.chromedriver}), so Selenium Manager never
 * runs and nothing is downloaded. Without them the tests are skipped, except when {@code CI=true}: there a
 * missing browser must not turn into a silently green build.
 */
public final class BrowserSupport implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

	private static final String MISSING = "Chromium not installed: apt-get install -y chromium chromium-driver — browser tests skipped";

	private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

	/**
	 * Selenium warns when it has no CDP binding for this Chromium version; the checks only use ChromeDriver's own
	 * CDP endpoint, which needs none. Held in a field because java.util.logging keeps loggers only weakly.
	 */
	private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

	static {
		CDP_VERSION_FINDER.setLevel(Level.SEVERE);
	}

	private static volatile boolean reportedMissing;

	@Override
	public void beforeAll(ExtensionContext context) {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return;
		}
		var message = MISSING + " (looked for " + CHROMIUM + " and " + CHROMEDRIVER + ")";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail(message + "; CI=true, so they must run");
		}
		// Surefire does not list a test class that is skipped as a whole, so say it where people look.
		if (!reportedMissing) {
			reportedMissing = true;
			System.err.println("[browser] " + message);
		}
		Assumptions.abort(message);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		var chromium = store(context).get(Chromium.class, Chromium.class);
		if (chromium != null) {
			chromium.reset();
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		var type = parameter.getParameter().getType();
		return type == PageChecks.class || type == WebDriver.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		var driver = chromium(context).driver();
		if (parameter.getParameter().getType() == WebDriver.class) {
			return driver;
		}
		return new PageChecks(driver, baseUrl(context));
	}

	private static Chromium chromium(ExtensionContext context) {
		return store(context).computeIfAbsent(Chromium.class, type -> Chromium.start(), Chromium.class);
	}

	private static ExtensionContext.Store store(ExtensionContext context) {
		return context.getRoot().getStore(ExtensionContext.Namespace.create(BrowserSupport.class));
	}

	private static URI baseUrl(ExtensionContext context) {
		var port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		if (port == null) {
			throw new IllegalStateException("No local.server.port: browser tests need @SpringBootTest(webEnvironment = RANDOM_PORT)");
		}
		return URI.create("http://localhost:" + port);
	}

	/** The running browser; closed by JUnit when the root store closes at the end of the test run. */
	private record Chromium(ChromeDriverService service, ChromeDriver driver, Path profile) implements AutoCloseable {

		static Chromium start() {
			try {
				var profile = Files.createTempDirectory("integrationskompass-chromium-");
				var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
					.usingAnyFreePort()
					.build();
				var options = new ChromeOptions();
				options.setBinary(CHROMIUM.toString());
				options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-quic", "--no-first-run", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
						"--window-size=1280,900");
				options.setPageLoadTimeout(Duration.ofSeconds(30));
				options.setScriptTimeout(Duration.ofSeconds(30));
				return new Chromium(service, new ChromeDriver(service, options), profile);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		void reset() {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
			driver.get("about:blank");
		}

		@Override
		public void close() throws IOException {
			try {
				driver.quit();
			}
			finally {
				service.stop();
				try (Stream<Path> files = Files.walk(profile)) {
					files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
				}
			}
		}
	}
}
