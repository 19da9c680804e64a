package org.integrationskompass.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;

/**
 * The enrolment's QR code as a phone would read it: the drawn modules, with their quiet zone, decode to the
 * otpauth address again.
 */
class QrCodeTests {

	private static final String OTPAUTH = "otpauth://totp/Integrationskompass%3Aeditor-51ebaf8a-0521-480d-8f75-773a043880f8"
			+ "%40example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Integrationskompass&algorithm=SHA1&digits=6"
			+ "&period=30";

	@Test
	void drawsACodeThatReadsBackAsTheOtpauthAddress() throws Exception {
		var code = QrCode.of(OTPAUTH);

		assertThat(read(code, 4)).isEqualTo(OTPAUTH);
	}

	@Test
	void drawsSvgWithAQuietZoneOfFourModules() {
		var code = QrCode.of(OTPAUTH);
		var full = code.size() + 8;

		assertThat(code.svg()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + full + " " + full + "\"")
			.contains("M4 4h1v1h-1z").as("the finder pattern's corner sits inside the quiet zone");
		assertThat(code.svgDataUri()).startsWith("data:image/svg+xml;base64,");
	}

	/** Renders the modules as pixels (scale per module, white quiet zone) and decodes them with ZXing's reader. */
	private static String read(QrCode code, int scale) throws Exception {
		var side = (code.size() + 8) * scale;
		var pixels = new int[side * side];
		for (var y = 0; y < side; y++) {
			for (var x = 0; x < side; x++) {
				var mx = x / scale - 4;
				var my = y / scale - 4;
				var dark = mx >= 0 && my >= 0 && mx < code.size() && my < code.size() && code.dark(mx, my);
				pixels[y * side + x] = dark ? 0xff000000 : 0xffffffff;
			}
		}
		var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
		return new QRCodeReader().decode(bitmap).getText();
	}
}
