package org.integrationskompass.site.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The feedback form of the accessibility statement. Every field may arrive missing (null) from a hand-made request.
 * Lengths match the database columns. The address may be left empty (the form sends ""), and otherwise needs a dot in
 * its domain, because mail to {@code name@host} would only bounce. The local part is limited to letters, digits and
 * {@code . _ + -}: characters such as {@code ?&=%}, legal in theory, would let a sender smuggle headers and a body into
 * the back office's reply link ({@code mailto:}).
 */
record AccessibilityFeedbackForm(
		@NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.tooLong}") @NoMarkup
		@Nullable String message,
		@Size(max = 500, message = "{validation.tooLong}") @NoMarkup @Nullable String page,
		@Size(max = 200, message = "{validation.tooLong}") @NoMarkup @Nullable String name,
		@Size(max = 320, message = "{validation.tooLong}") @Email(regexp = "|[\\p{L}\\p{N}._+-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+", message = "{validation.emailAddress.invalid}")
		@Nullable String email) {

	static AccessibilityFeedbackForm empty() {
		return new AccessibilityFeedbackForm("", "", "", "");
	}
}
