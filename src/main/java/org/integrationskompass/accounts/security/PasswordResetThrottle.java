package org.integrationskompass.accounts.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.PasswordResetSettings;
import org.integrationskompass.shared.web.AddressRateLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Limits requests for a password reset link per typed address and per client address
 * ({@code platform.accounts.password-reset.requests-per-*}), so that nobody can bury a colleague in mails or use
 * the form to send mail in bulk. Counted whether or not the address has an account, in memory per instance (as
 * {@link SignInThrottle}).
 */
@Component
public class PasswordResetThrottle {

	private static final Logger log = LoggerFactory.getLogger(PasswordResetThrottle.class);

	private final Throttle accounts;

	private final Throttle addresses;

	PasswordResetThrottle(PasswordResetSettings settings, Clock clock) {
		this.accounts = new Throttle(settings.requestsPerAccount(), settings.requestWindow(), SignInThrottle.MAX_KEYS,
				clock);
		this.addresses = new Throttle(settings.requestsPerAddress(), settings.requestWindow(), SignInThrottle.MAX_KEYS,
				clock);
	}

	/** Counts a request; empty when a link may be sent, otherwise how long until the next request would be. */
	public Optional<Duration> tryRequest(String email, String address) {
		var network = AddressRateLimit.network(address);
		var wait = addresses.tryAcquire(network);
		if (wait.isPresent()) {
			log.warn("Password reset request refused: too many requests (address limit) from {}", address);
			return wait;
		}
		wait = accounts.tryAcquire(Account.normaliseLogin(email));
		if (wait.isPresent()) {
			addresses.refund(network);
			log.warn("Password reset request refused: too many requests (account limit) for #{} from {}",
					SignInThrottle.loggable(email), address);
		}
		return wait;
	}
}
