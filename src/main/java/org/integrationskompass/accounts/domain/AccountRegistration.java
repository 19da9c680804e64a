package org.integrationskompass.accounts.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import org.integrationskompass.accounts.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts with a random first password, which is shown once and stored only as a hash. */
@Service
public class AccountRegistration {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	AccountRegistration(AccountRepository accounts, PasswordEncoder passwords, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
	}

	/** The result of a registration: the new account and its first password, in clear text this one time. */
	public record Registered(Account account, String firstPassword) {
	}

	public boolean isTaken(String login) {
		return accounts.findByLogin(Account.normaliseLogin(login)).isPresent();
	}

	/** Throws DataIntegrityViolationException when the login was taken in the meantime. */
	@Transactional
	public Registered register(String login, String displayName, Set<Role> roles) {
		var password = randomPassword();
		var account = accounts.saveAndFlush(
				new Account(login, displayName.strip(), passwords.encode(password), roles, clock.instant()));
		return new Registered(account, password);
	}

	private String randomPassword() {
		var password = new StringBuilder();
		for (var i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
