package org.integrationskompass.accounts.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.shared.web.AddressRateLimit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins per login name and per client address ({@code platform.accounts.sign-in.*}). Every attempt
 * is counted before the password is checked, so parallel guesses cannot slip past the limit; a successful
 * sign-in gives its attempt back to the address and starts the login name's count again. Login names that belong to
 * no account are counted exactly like existing ones, so the limit tells nothing about which accounts exist.
 * <p>
 * Counts are kept in memory, per instance: with several instances behind a load balancer each counts on its own (an
 * attacker gets the limit once per instance), and a restart forgets them. That is the price of not writing to the
 * database on every attempt; the limits still cut guessing from millions of tries a day to a few hundred.
 */
@Component
public class SignInThrottle {

	static final int MAX_KEYS = 10_000;

	private final Throttle accounts;

	private final Throttle addresses;

	SignInThrottle(AccountSettings settings, Clock clock) {
		this.accounts = new Throttle(settings.signIn().failuresPerAccount(), settings.signIn().window(), MAX_KEYS, clock);
		this.addresses = new Throttle(settings.signIn().failuresPerAddress(), settings.signIn().window(), MAX_KEYS,
				clock);
	}

	/** Why an attempt was refused and when the next one may be made. */
	public record Refusal(String limit, Duration retryAfter) {
	}

	/** Counts an attempt; empty when it may go on to the password check. */
	Optional<Refusal> tryAttempt(@Nullable String login, String address) {
		var account = key(login);
		var accountWait = accounts.tryAcquire(account);
		if (accountWait.isPresent()) {
			return Optional.of(new Refusal("account", accountWait.get()));
		}
		var addressWait = addresses.tryAcquire(AddressRateLimit.network(address));
		if (addressWait.isPresent()) {
			accounts.refund(account);
			return Optional.of(new Refusal("address", addressWait.get()));
		}
		return Optional.empty();
	}

	void succeeded(@Nullable String login, String address) {
		accounts.forget(key(login));
		addresses.refund(AddressRateLimit.network(address));
	}

	/**
	 * A right password of an account that still has to pass its second factor: the attempt is given back, but the
	 * login name's count is not started again until the second factor is passed, so the failures before and the
	 * wrong codes after add up.
	 */
	void passwordAccepted(@Nullable String login, String address) {
		accounts.refund(key(login));
		addresses.refund(AddressRateLimit.network(address));
	}

	/** Starts the login name's count again, e.g. after its password was reset through the mailed link. */
	public void forgetAccount(String login) {
		accounts.forget(key(login));
	}

	private static String key(@Nullable String login) {
		return login == null ? "" : Account.normaliseLogin(login);
	}

	/** A login name as the log may show it: the first 12 hex digits of its SHA-256, never the name itself. */
	static String loggable(@Nullable String login) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(key(login).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 6);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
