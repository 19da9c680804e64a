package org.integrationskompass.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The QR encoder against matrices made by another encoder (python-qrcode 8.2, byte mode, level M, the same mask,
 * no quiet zone), kept beside this test: a version 1 code and a version 10 one (16-bit length, version bits, six
 * alignment patterns, interleaved blocks of two lengths).
 */
class QrCodeTests {

	private static final String OTPAUTH = "otpauth://totp/Integrationskompass%3Aeditor-51ebaf8a-0521-480d-8f75-773a043880f8"
			+ "%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Integrationskompass&algorithm=SHA1&digits=6"
			+ "&period=30";

	@Test
	void drawsAVersion1CodeLikeAnotherEncoder() throws IOException {
		var code = QrCode.of("hello", 2);

		assertThat(code.version).isEqualTo(1);
		assertThat(rows(code)).isEqualTo(reference("qr-hello-mask2.txt"));
	}

	@Test
	void drawsAVersion10CodeOfAnOtpauthAddressLikeAnotherEncoder() throws IOException {
		var code = QrCode.of(OTPAUTH, 5);

		assertThat(code.version).isEqualTo(10);
		assertThat(rows(code)).isEqualTo(reference("qr-otpauth-mask5.txt"));
	}

	@Test
	void choosesAMaskAndDrawsSvgWithAQuietZone() {
		var code = QrCode.of(OTPAUTH);

		assertThat(code.mask).isBetween(0, 7);
		assertThat(code.svg()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 65 65\"");
		assertThat(code.svgDataUri()).startsWith("data:image/svg+xml;base64,");
	}

	private static String rows(QrCode code) {
		return IntStream.range(0, code.size)
			.mapToObj(y -> IntStream.range(0, code.size)
				.mapToObj(x -> code.dark(x, y) ? "1" : "0")
				.collect(Collectors.joining()))
			.collect(Collectors.joining("\n"));
	}

	private static String reference(String name) throws IOException {
		try (var in = Objects.requireNonNull(QrCodeTests.class.getResourceAsStream(name))) {
			return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
		}
	}
}
