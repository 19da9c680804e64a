package org.integrationskompass.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A one-time code from the authenticator app, or a recovery code. */
record SecondFactorForm(@NotBlank(message = "{accounts.secondFactor.code.required}") @Size(max = 40,
		message = "{accounts.secondFactor.code.wrong}") @Nullable String code) {

	static SecondFactorForm empty() {
		return new SecondFactorForm("");
	}
}
