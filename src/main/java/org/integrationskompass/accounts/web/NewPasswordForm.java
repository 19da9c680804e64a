package org.integrationskompass.accounts.web;

import org.jspecify.annotations.Nullable;

/** A new password and its repetition; neither is ever shown again, not even after an error. */
record NewPasswordForm(@Nullable String password, @Nullable String confirmation) {

	static NewPasswordForm empty() {
		return new NewPasswordForm("", "");
	}
}
