package org.integrationskompass.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;

/** What the feedback form accepts. */
class AccessibilityFeedbackFormTests {

	static LocalValidatorFactoryBean validator;

	@BeforeAll
	static void createValidator() {
		validator = new LocalValidatorFactoryBean();
		// As in the application: Spring creates the constraint validators, so they may stay package-private.
		validator.setConstraintValidatorFactory(new SpringConstraintValidatorFactory(new DefaultListableBeanFactory()));
		validator.afterPropertiesSet();
	}

	@AfterAll
	static void closeValidator() {
		validator.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "</p>", "<!-- x -->",
			"<svg/onload=alert(1)>", "javascript:alert(1)", "JavaScript :alert(1)", "vbscript:msgbox", "<?php" })
	void rejectsMarkup(String text) {
		assertThat(invalidFields(new AccessibilityFeedbackForm(text, text, text, null)))
			.containsExactlyInAnyOrder("message", "page", "name");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Der Kontrast ist < 4,5:1.", "a < b und c > d", "Java ist auch eine Insel",
			"Siehe https://example.org/seite?a=1&b=2", "الخط صغير جدًا", "3 <= 4" })
	void acceptsOrdinaryText(String text) {
		assertThat(invalidFields(new AccessibilityFeedbackForm(text, text, text, "name@example.org"))).isEmpty();
	}

	@Test
	void needsOnlyAMessage() {
		assertThat(invalidFields(new AccessibilityFeedbackForm("Etwas geht nicht", null, null, null))).isEmpty();
		assertThat(invalidFields(new AccessibilityFeedbackForm("Etwas geht nicht", "", "", ""))).isEmpty();
		assertThat(invalidFields(new AccessibilityFeedbackForm("  ", null, null, null))).containsExactly("message");
		assertThat(invalidFields(new AccessibilityFeedbackForm(null, null, null, null))).containsExactly("message");
	}

	@Test
	void limitsTheLengthOfEveryField() {
		var form = new AccessibilityFeedbackForm("m".repeat(5001), "p".repeat(501), "n".repeat(201),
				"e".repeat(310) + "@example.org");

		assertThat(invalidFields(form)).containsExactlyInAnyOrder("message", "page", "name", "email");
		assertThat(invalidFields(new AccessibilityFeedbackForm("m".repeat(5000), "p".repeat(500), "n".repeat(200), null)))
			.isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "name", "name@localhost", "a@b@example.org", "name@example.org\nBcc: x@example.org" })
	void rejectsAddressesMailCouldNotReach(String email) {
		assertThat(invalidFields(new AccessibilityFeedbackForm("Text", null, null, email))).containsExactly("email");
	}

	private static Set<String> invalidFields(AccessibilityFeedbackForm form) {
		Set<ConstraintViolation<AccessibilityFeedbackForm>> violations = validator.validate(form);
		return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
	}
}
