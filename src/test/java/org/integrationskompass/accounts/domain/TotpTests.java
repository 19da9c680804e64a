package org.integrationskompass.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTests {

	private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234"
		.getBytes(StandardCharsets.US_ASCII);

	/** RFC 6238, appendix B (8 digits). */
	@ParameterizedTest(name = "{0} s {1}")
	@CsvSource({ "59, HmacSHA1, 94287082", "59, HmacSHA256, 46119246", "59, HmacSHA512, 90693936",
			"1111111109, HmacSHA1, 07081804", "1111111109, HmacSHA256, 68084774", "1111111109, HmacSHA512, 25091201",
			"1111111111, HmacSHA1, 14050471", "1111111111, HmacSHA256, 67062674", "1111111111, HmacSHA512, 99943326",
			"1234567890, HmacSHA1, 89005924", "1234567890, HmacSHA256, 91819424", "1234567890, HmacSHA512, 93441116",
			"2000000000, HmacSHA1, 69279037", "2000000000, HmacSHA256, 90698825", "2000000000, HmacSHA512, 38618901",
			"20000000000, HmacSHA1, 65353130", "20000000000, HmacSHA256, 77737706", "20000000000, HmacSHA512, 47863826" })
	void computesTheCodesOfRfc6238(long seconds, String algorithm, String code) {
		var key = switch (algorithm) {
			case "HmacSHA1" -> SHA1_KEY;
			case "HmacSHA256" -> SHA256_KEY;
			default -> SHA512_KEY;
		};

		assertThat(Totp.code(key, Totp.step(Instant.ofEpochSecond(seconds)), 8, algorithm)).isEqualTo(code);
	}

	/** RFC 4226, appendix D: HOTP values of counters 0 to 9 (6 digits). */
	@Test
	void computesTheHotpValuesOfRfc4226() {
		var expected = new String[] { "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
				"399871", "520489" };
		for (var counter = 0; counter < expected.length; counter++) {
			assertThat(Totp.code(SHA1_KEY, counter)).as("counter %d", counter).isEqualTo(expected[counter]);
		}
	}

	@Test
	void acceptsOneStepEitherSideAndNoMore() {
		var now = Instant.ofEpochSecond(1_111_111_111);
		var step = Totp.step(now);

		assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now, s -> true)).contains(step - 1);
		assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 1), now, s -> true)).contains(step + 1);
		assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 2), now, s -> true)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step), now, s -> s > step)).isEmpty();
	}

	@Test
	void writesAndReadsBase32AsRfc4648() {
		assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Totp.base32(SHA1_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(SHA1_KEY);
		assertThat(Totp.fromBase32("MZXW6YTBOI======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
	}
}
