package org.integrationskompass.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTests {

	@Test
	void acceptsALongPassphrase() {
		assertThat(PasswordRules.problems("correct horse battery", "amal@example.org")).isEmpty();
	}

	@Test
	void refusesFewerThanTwelveCharacters() {
		assertThat(PasswordRules.problems("elf Zeichen", "amal@example.org"))
			.containsExactly("accounts.resetPassword.password.tooShort");
		assertThat(PasswordRules.problems("zwölfZeichen", "amal@example.org")).isEmpty();
	}

	@Test
	void countsCharactersNotBytesForTheMinimumButBytesForTheMaximum() {
		assertThat(PasswordRules.problems("كلمة مرور طويلة", "amal@example.org")).isEmpty();
		assertThat(PasswordRules.problems("a".repeat(72), "amal@example.org")).isEmpty();
		assertThat(PasswordRules.problems("a".repeat(73), "amal@example.org"))
			.containsExactly("accounts.resetPassword.password.tooLong");
		assertThat(PasswordRules.problems("ü".repeat(37), "amal@example.org"))
			.as("74 bytes").containsExactly("accounts.resetPassword.password.tooLong");
	}

	@Test
	void refusesTheLoginName() {
		assertThat(PasswordRules.problems("Amal@Example.org", "amal@example.org"))
			.containsExactly("accounts.resetPassword.password.isLogin");
	}

	@Test
	void acceptsOnlyTheShapeOfGeneratedTokens() {
		var token = PasswordResets.randomToken();

		assertThat(PasswordResets.wellFormed(token)).isTrue();
		assertThat(PasswordResets.hash(token)).hasSize(64).isNotEqualTo(token);
		assertThat(PasswordResets.wellFormed(token.substring(1))).isFalse();
		assertThat(PasswordResets.wellFormed(token.substring(1) + "+")).isFalse();
		assertThat(PasswordResets.wellFormed("ä".repeat(43))).isFalse();
	}
}
