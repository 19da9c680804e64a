package org.integrationskompass.accounts.domain;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongPredicate;
import javax.crypto.spec.SecretKeySpec;
import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238 on top of RFC 4226's HOTP): HMAC-SHA-1,
 * 6 digits, 30-second steps counted from the Unix epoch, and one step of tolerance either way for clocks that drift
 * and people who type slowly. The codes come from java-otp ({@code com.eatthepath:java-otp}); this class adds the
 * tolerance, the replay rule's hook and Base32 (commons-codec); {@code TotpTests} checks it all against the RFC 6238
 * and RFC 4226 test vectors.
 * Secrets travel as RFC 4648 Base32 without padding, the form the {@code otpauth://} URI and the apps expect.
 */
public final class Totp {

	public static final Duration STEP = Duration.ofSeconds(30);

	public static final int DIGITS = 6;

	/** Steps accepted before and after the current one. */
	public static final int TOLERANCE = 1;

	private Totp() {
	}

	/** The step an instant falls into (RFC 6238's T with T0 = 0 and X = 30 s). */
	public static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
	}

	/** The 6-digit code of a step, as an authenticator app shows it. */
	public static String code(byte[] key, long step) {
		return code(key, step, DIGITS, "HmacSHA1");
	}

	/**
	 * The code of one step, computed by java-otp's RFC 6238 generator; {@code algorithm} is a {@code Mac} name (RFC
	 * 6238 allows SHA-256 and SHA-512 beside SHA-1).
	 */
	static String code(byte[] key, long step, int digits, String algorithm) {
		try {
			var generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, algorithm);
			return generator.generateOneTimePasswordString(new SecretKeySpec(key, algorithm),
					Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException("Unusable second-factor key", e);
		}
	}

	/**
	 * The step within the tolerance around {@code now} whose code is {@code code}, among the steps {@code allowed}
	 * lets through (the caller's replay rule); empty if none matches. All candidate steps are computed, matched or
	 * not, and compared in constant time, so the timing does not tell which one matched.
	 */
	static Optional<Long> matchingStep(byte[] key, String code, Instant now, LongPredicate allowed) {
		var current = step(now);
		Long found = null;
		for (var step = current - TOLERANCE; step <= current + TOLERANCE; step++) {
			var expected = code(key, step);
			if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII)) && found == null
					&& allowed.test(step)) {
				found = step;
			}
		}
		return Optional.ofNullable(found);
	}

	/** RFC 4648 Base32, upper case, without padding (commons-codec). */
	public static String base32(byte[] bytes) {
		return new Base32().encodeToString(bytes).replace("=", "");
	}

	/** Reads Base32 as people type it: case, spaces and padding do not matter. */
	public static byte[] fromBase32(String text) {
		var clean = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
		if (!clean.matches("[A-Z2-7]*")) {
			throw new IllegalArgumentException("Not Base32");
		}
		return new Base32().decode(clean);
	}
}
