package org.integrationskompass.accounts.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty database, creates one administrator with a random password and prints it
 * once to the log. There is never a fixed default password. Several instances starting at once on one empty
 * database are safe: the unique login lets exactly one of them win.
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final AccountRepository accounts;

	private final PasswordEncoder passwords;

	private final AccountSettings settings;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	InitialAdministrator(AccountRepository accounts, PasswordEncoder passwords, AccountSettings settings, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		var password = randomPassword();
		try {
			accounts.saveAndFlush(new Account(settings.initialAdminLogin(), "Administration", passwords.encode(password),
					Set.of(Role.ADMIN), clock.instant()));
		}
		catch (DataIntegrityViolationException alreadyCreatedByAnotherInstance) {
			return;
		}
		log.warn("""

				==================================================================
				 Initial administrator created (shown only this once):
				   login:    {}
				   password: {}
				 Sign in at /anmelden and keep the password somewhere safe.
				==================================================================""", settings.initialAdminLogin(), password);
	}

	private String randomPassword() {
		var password = new StringBuilder();
		for (var i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}
}
