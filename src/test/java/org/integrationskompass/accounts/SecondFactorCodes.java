package org.integrationskompass.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.integrationskompass.accounts.domain.Account;
import org.integrationskompass.accounts.domain.SecondFactors;
import org.integrationskompass.accounts.domain.Totp;

/**
 * The second factor of test accounts, the way a person's authenticator app holds it: each account its own secret,
 * derived from its login name (so every sign-in helper can compute codes without being handed the secret), and
 * {@value SecondFactors#RECOVERY_CODES} recovery codes derived the same way.
 * <p>
 * The portal refuses a code of a time step already used (replay protection), and tests sign in with the same
 * account more often than every 30 seconds. So {@link #next(String)} remembers, for this JVM, which step each
 * login last used and hands out codes for the current and the next step (both within the portal's tolerance);
 * when both are used, it hands out the account's next unused recovery code, and only when those are gone too does
 * it wait for the next step. The real rules stay on: nothing here switches a check off.
 */
public final class SecondFactorCodes {

	private static final Map<String, Used> USED = new HashMap<>();

	private static final Map<String, String> ENROLLED_THROUGH_THE_PAGE = new HashMap<>();

	private static Clock clock = Clock.systemUTC();

	private SecondFactorCodes() {
	}

	/** For tests that move the portal's clock: codes are computed for the time of that clock. */
	public static synchronized void followClock(Clock portalClock) {
		clock = portalClock;
	}

	public static synchronized void followSystemClock() {
		clock = Clock.systemUTC();
	}

	private static final class Used {

		long lastStep = Long.MIN_VALUE;

		int recoveryCodesUsed;
	}

	/** The Base32 secret of a test account enrolled by {@link #enrolled(Account)}. */
	public static String secret(String login) {
		var known = ENROLLED_THROUGH_THE_PAGE.get(Account.normaliseLogin(login));
		return known != null ? known : Totp.base32(sha256("kompass-test-totp:" + Account.normaliseLogin(login), 20));
	}

	/** The recovery codes of a test account enrolled by {@link #enrolled(Account)}. */
	public static List<String> recoveryCodes(String login) {
		return IntStream.range(0, SecondFactors.RECOVERY_CODES)
			.mapToObj(i -> Totp.base32(sha256("kompass-test-recovery:" + Account.normaliseLogin(login) + ":" + i, 7))
				.substring(0, 10)
				.toLowerCase(Locale.ROOT))
			.toList();
	}

	/** Sets up the second factor of an administrator or editor with its test secret; other accounts are left as they are. */
	public static Account enrolled(Account account) {
		if (account.needsSecondFactor()) {
			var hashes = new HashSet<String>();
			recoveryCodes(account.login()).forEach(code -> hashes.add(SecondFactors.hashRecoveryCode(code)));
			account.enrolSecondFactor(secret(account.login()), null, hashes);
		}
		return account;
	}

	/** Remembers a secret a helper read from the enrolment page, and the step of the code it confirmed it with. */
	public static synchronized void enrolledThroughThePage(String login, String secret, long step) {
		ENROLLED_THROUGH_THE_PAGE.put(Account.normaliseLogin(login), secret);
		var used = new Used();
		used.lastStep = step;
		USED.put(Account.normaliseLogin(login), used);
	}

	/** The code of the current step, for confirming an enrolment with {@code secret}; returns the step used. */
	public static synchronized long currentStep() {
		return Totp.step(clock.instant());
	}

	public static String code(String secret, long step) {
		return Totp.code(Totp.fromBase32(secret), step);
	}

	/** A code the portal accepts for this login now: a fresh TOTP code, else an unused recovery code. */
	public static synchronized String next(String login) {
		var key = Account.normaliseLogin(login);
		var used = USED.computeIfAbsent(key, k -> new Used());
		while (true) {
			var now = Totp.step(clock.instant());
			// The current and the next step: the portal accepts both, even if its clock passes a step boundary
			// between here and its check.
			var step = Math.max(now, used.lastStep + 1);
			if (step <= now + Totp.TOLERANCE) {
				used.lastStep = step;
				return code(secret(login), step);
			}
			if (!ENROLLED_THROUGH_THE_PAGE.containsKey(key) && used.recoveryCodesUsed < SecondFactors.RECOVERY_CODES) {
				return recoveryCodes(login).get(used.recoveryCodesUsed++);
			}
			LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
		}
	}

	private static byte[] sha256(String text, int length) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return java.util.Arrays.copyOf(digest, length);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
