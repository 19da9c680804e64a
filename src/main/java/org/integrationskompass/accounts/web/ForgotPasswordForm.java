package org.integrationskompass.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The address someone forgot the password for. */
record ForgotPasswordForm(
		@NotBlank(message = "{validation.required}") @Email(message = "{validation.emailAddress.invalid}") @Size(max = 320, message = "{validation.tooLong}") @Nullable String email) {

	static ForgotPasswordForm empty() {
		return new ForgotPasswordForm("");
	}
}
