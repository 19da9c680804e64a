package org.integrationskompass.accounts;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test accounts with a known password and a unique login, so tests never depend on each other's rows. Administrators
 * and editors get their second factor set up with a secret known to the sign-in helpers ({@link SecondFactorCodes}).
 */
public final class AccountFixtures {

	public static final String PASSWORD = "correct horse battery";

	private AccountFixtures() {
	}

	/**
	 * Creates an account without a second factor: an administrator or editor made this way is led to enrolment at
	 * sign-in, as a new colleague would be.
	 */
	public static String accountWithoutSecondFactor(AccountRepository accounts, PasswordEncoder passwords, Role role) {
		var login = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.org";
		accounts.save(new Account(login, "Test " + role, passwords.encode(PASSWORD), Set.of(role), Instant.now()));
		return login;
	}

	/** Creates an account with the given role and {@link #PASSWORD}; returns its login. */
	public static String account(AccountRepository accounts, PasswordEncoder passwords, Role role) {
		var login = role.name().toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@example.org";
		accounts.save(SecondFactorCodes.enrolled(
				new Account(login, "Test " + role, passwords.encode(PASSWORD), Set.of(role), Instant.now())));
		return login;
	}
}
