package org.integrationskompass.accounts.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of administrators and editors: time-based one-time passwords ({@link Totp}) from an
 * authenticator app, plus {@value #RECOVERY_CODES} single-use recovery codes for a lost phone.
 * <p>
 * Rules: a code is accepted for its own 30-second step and one step either side; once a code of a step was
 * accepted, codes of that step and of all earlier ones are refused, so an overheard code cannot be used again. Two
 * sign-ins racing with the same code are settled by the account's optimistic lock: one of them fails. Recovery
 * codes carry 50 random bits, are stored only as SHA-256 hashes (like password reset tokens: a copy of the database
 * reveals none) and work once. Setting up a new factor replaces the secret and all recovery codes.
 */
@Service
public class SecondFactors {

	public static final int RECOVERY_CODES = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Pattern TOTP_CODE = Pattern.compile("\\d{" + Totp.DIGITS + "}");

	private static final Pattern RECOVERY_CODE = Pattern.compile("[a-z2-7]{10}");

	/** What the app shows as the account's issuer. */
	static final String ISSUER = "Integrationskompass";

	private final AccountRepository accounts;

	private final Clock clock;

	SecondFactors(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The result of checking a code. */
	public enum Check {
		/** A fresh TOTP code. */
		ACCEPTED,
		/** An unused recovery code, now used up. */
		RECOVERY_CODE_USED,
		/** A TOTP code of a step that was already used (or an earlier one). */
		REPLAYED,
		/** Neither a current TOTP code nor an unused recovery code. */
		WRONG
	}

	/** A new secret for enrolment: 160 random bits (RFC 4226's recommended key length), Base32. */
	public String newSecret() {
		var key = new byte[20];
		RANDOM.nextBytes(key);
		return Totp.base32(key);
	}

	/** The {@code otpauth://} URI an authenticator app reads (Google's Key URI Format, understood by all common apps). */
	public static String otpauthUri(String login, String secret) {
		var label = URLEncoder.encode(ISSUER + ":" + login, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER + "&algorithm=SHA1&digits="
				+ Totp.DIGITS + "&period=" + Totp.STEP.toSeconds();
	}

	@Transactional(readOnly = true)
	public boolean isEnrolled(String login) {
		return accounts.findByLogin(login).map(Account::hasSecondFactor).orElse(false);
	}

	/**
	 * Sets up the second factor with the secret shown to the owner, if {@code code} proves their app has it; returns
	 * the new recovery codes (to be shown once), or empty when the code does not fit or a factor is already set up.
	 */
	@Transactional
	public Optional<List<String>> enrol(String login, String secret, String code) {
		var account = accounts.findByLogin(login).orElse(null);
		if (account == null || account.hasSecondFactor()) {
			return Optional.empty();
		}
		var typed = normalise(code);
		if (!TOTP_CODE.matcher(typed).matches()) {
			return Optional.empty();
		}
		var step = Totp.matchingStep(Totp.fromBase32(secret), typed, clock.instant(), s -> true);
		if (step.isEmpty()) {
			return Optional.empty();
		}
		var codes = new ArrayList<String>();
		var hashes = new HashSet<String>();
		while (codes.size() < RECOVERY_CODES) {
			var bytes = new byte[7];
			RANDOM.nextBytes(bytes);
			var recovery = Totp.base32(bytes).substring(0, 10).toLowerCase(Locale.ROOT);
			if (hashes.add(hashRecoveryCode(recovery))) {
				codes.add(recovery.substring(0, 5) + "-" + recovery.substring(5));
			}
		}
		account.enrolSecondFactor(secret, step.get(), hashes);
		return Optional.of(List.copyOf(codes));
	}

	/** Checks a TOTP or recovery code of an account that has a second factor, and uses it up if it fits. */
	@Transactional
	public Check check(String login, String code) {
		var account = accounts.findByLogin(login).orElse(null);
		if (account == null || account.totpSecret() == null) {
			return Check.WRONG;
		}
		var typed = normalise(code);
		if (TOTP_CODE.matcher(typed).matches()) {
			var key = Totp.fromBase32(account.totpSecret());
			var last = account.totpLastStep();
			var fresh = Totp.matchingStep(key, typed, clock.instant(), s -> last.isEmpty() || s > last.getAsLong());
			if (fresh.isPresent()) {
				account.acceptTotpStep(fresh.get());
				return Check.ACCEPTED;
			}
			return Totp.matchingStep(key, typed, clock.instant(), s -> true).isPresent() ? Check.REPLAYED : Check.WRONG;
		}
		if (RECOVERY_CODE.matcher(typed).matches() && account.useRecoveryCode(hashRecoveryCode(typed))) {
			return Check.RECOVERY_CODE_USED;
		}
		return Check.WRONG;
	}

	/** Removes an account's second factor; returns false if it had none. */
	@Transactional
	public boolean reset(String login) {
		var account = accounts.findByLogin(login).orElse(null);
		if (account == null || !account.hasSecondFactor()) {
			return false;
		}
		account.resetSecondFactor();
		return true;
	}

	/** How recovery codes are stored: the SHA-256 (hex) of the code without separators, lower case. */
	public static String hashRecoveryCode(String code) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(normalise(code).getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Codes as people type or paste them: spaces and hyphens do not matter, nor does case. */
	private static String normalise(String code) {
		return code.replaceAll("[\\s\\-]", "").toLowerCase(Locale.ROOT);
	}
}
