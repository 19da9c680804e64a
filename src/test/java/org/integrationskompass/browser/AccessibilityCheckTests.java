package org.integrationskompass.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** The axe-core check itself, on small pages handed to the browser directly (no application needed). */
@Tag("browser")
@ExtendWith(BrowserSupport.class)
class AccessibilityCheckTests {

	@Test
	void acceptsAnAccessiblePage(WebDriver driver) {
		driver.get(page("<main><h1>Barrierefrei</h1><p>Text</p></main>"));

		assertThat(AccessibilityCheck.violations(driver)).isEmpty();
	}

	@Test
	void reportsRuleImpactAndTargetOfEachViolation(WebDriver driver) {
		driver.get(page("<main><h1>Bild</h1><img src=\"data:,\"><p class=\"pale\">blass</p></main>"));

		assertThat(AccessibilityCheck.violations(driver))
			.anySatisfy(violation -> assertThat(violation).startsWith("image-alt [critical]")
				.contains("https://dequeuniversity.com/rules/axe/", "at img: ", "does not have an alt attribute"))
			.anySatisfy(violation -> assertThat(violation).startsWith("color-contrast [serious]")
				.contains("at p: ", "contrast of 1.91"));
	}

	@Test
	void failsWithThePageAddress(WebDriver driver) {
		driver.get(page("<main><h1>Bild</h1><img src=\"data:,\"></main>"));

		assertThatThrownBy(() -> AccessibilityCheck.assertNoViolations(driver)).hasMessageContaining("data:text/html")
			.hasMessageContaining("image-alt");
	}

	private static String page(String body) {
		var html = "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Prüfseite</title>"
				+ "<style>.pale { color: #bbb; background: #fff; }</style></head><body>" + body + "</body></html>";
		return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
