package org.integrationskompass.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core on the page the browser shows and reports every violation of the WCAG 2.0/2.1 A and AA rules
 * (the level BITV 2.0 and EN 301 549 require). Best-practice rules are not part of the gate.
 */
public final class AccessibilityCheck {

	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private AccessibilityCheck() {
	}

	/**
	 * One entry per violation: rule id, impact, help text and help URL, then each offending element's selector
	 * with axe's summary of what is wrong there (for example the measured contrast ratio).
	 */
	public static List<String> violations(WebDriver driver) {
		var results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
		if (results.isErrored()) {
			throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
		}
		return results.getViolations().stream().map(AccessibilityCheck::describe).toList();
	}

	public static void assertNoViolations(WebDriver driver) {
		var violations = violations(driver);
		assertThat(violations).as("axe-core WCAG 2.1 AA violations on %s:%n  %s", driver.getCurrentUrl(),
				String.join("\n  ", violations)).isEmpty();
	}

	private static String describe(Rule rule) {
		var nodes = rule.getNodes().stream()
			.map(node -> "    at " + target(node) + ": " + summary(node))
			.collect(Collectors.joining("\n"));
		return "%s [%s] %s (%s)%n%s".formatted(rule.getId(), rule.getImpact(), rule.getHelp(), rule.getHelpUrl(), nodes);
	}

	private static String summary(CheckedNode node) {
		var summary = node.getFailureSummary();
		return summary == null ? "" : summary.strip().replaceAll("\\s*\\n\\s*", " | ");
	}

	private static String target(CheckedNode node) {
		var target = node.getTarget();
		return target instanceof List<?> selectors
				? selectors.stream().map(String::valueOf).collect(Collectors.joining(" >>> "))
				: String.valueOf(target);
	}
}
