package org.integrationskompass.accounts.domain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongPredicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords as authenticator apps make them (RFC 6238 on top of RFC 4226's HOTP): HMAC-SHA-1,
 * 6 digits, 30-second steps counted from the Unix epoch, and one step of tolerance either way for clocks that drift
 * and people who type slowly. No TOTP library is available on this project's registry mirror, and the core is a
 * dozen lines of {@code javax.crypto.Mac}; {@code TotpTests} checks it against the RFC 6238 test vectors.
 * Secrets travel as RFC 4648 Base32 without padding, the form the {@code otpauth://} URI and the apps expect.
 */
public final class Totp {

	public static final Duration STEP = Duration.ofSeconds(30);

	public static final int DIGITS = 6;

	/** Steps accepted before and after the current one. */
	public static final int TOLERANCE = 1;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

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

	/** RFC 4226 HOTP with dynamic truncation; {@code algorithm} is a {@link Mac} name (RFC 6238 allows SHA-256/512). */
	static String code(byte[] key, long step, int digits, String algorithm) {
		try {
			var mac = Mac.getInstance(algorithm);
			mac.init(new SecretKeySpec(key, "RAW"));
			var hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
			var offset = hash[hash.length - 1] & 0x0f;
			var binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			return String.format(Locale.ROOT, "%0" + digits + "d", binary % POWERS[digits]);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(algorithm + " is not available", e);
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

	/** RFC 4648 Base32, upper case, without padding. */
	public static String base32(byte[] bytes) {
		var text = new StringBuilder((bytes.length * 8 + 4) / 5);
		int buffer = 0;
		int bits = 0;
		for (var b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				text.append(BASE32.charAt((buffer >> (bits - 5)) & 0x1f));
				bits -= 5;
			}
		}
		if (bits > 0) {
			text.append(BASE32.charAt((buffer << (5 - bits)) & 0x1f));
		}
		return text.toString();
	}

	/** Reads Base32 as people type it: case, spaces and padding do not matter. */
	public static byte[] fromBase32(String text) {
		var clean = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
		var out = new ByteArrayOutputStream(clean.length() * 5 / 8);
		int buffer = 0;
		int bits = 0;
		for (var c : clean.toCharArray()) {
			var value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("Not Base32");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out.write((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out.toByteArray();
	}
}
