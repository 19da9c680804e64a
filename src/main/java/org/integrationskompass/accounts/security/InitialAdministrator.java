package org.integrationskompass.accounts.security;

import java.util.Set;
import org.integrationskompass.accounts.Role;
import org.integrationskompass.accounts.domain.AccountRegistration;
import org.integrationskompass.accounts.domain.AccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On the first start of an empty database, creates one administrator with a random password and prints it
 * once to the log. There is never a fixed default password. Several instances starting at once on one empty
 * database are safe: the unique login lets exactly one of them win. Its first sign-in leads to setting up the
 * second factor (administrators need one), before anything else of the back office opens.
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final AccountRepository accounts;

	private final AccountRegistration registration;

	private final AccountSettings settings;

	InitialAdministrator(AccountRepository accounts, AccountRegistration registration, AccountSettings settings) {
		this.accounts = accounts;
		this.registration = registration;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.count() > 0) {
			return;
		}
		String password;
		try {
			password = registration.register(settings.initialAdminLogin(), "Administration", Set.of(Role.ADMIN))
				.firstPassword();
		}
		catch (DataIntegrityViolationException alreadyCreatedByAnotherInstance) {
			return;
		}
		log.warn("""

				==================================================================
				 Initial administrator created (shown only this once):
				   login:    {}
				   password: {}
				 Sign in at /anmelden and keep the password somewhere safe. The
				 first sign-in sets up the second factor: have an authenticator
				 app (TOTP) ready and keep the recovery codes it shows.
				==================================================================""", settings.initialAdminLogin(), password);
	}
}
