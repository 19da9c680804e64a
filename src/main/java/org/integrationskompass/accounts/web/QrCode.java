package org.integrationskompass.accounts.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A QR code of a text at error correction level M, encoded by ZXing and drawn here as SVG with a quiet zone of four
 * modules: for the enrolment of the second factor, so that a phone can read the {@code otpauth://} address instead
 * of someone typing the key. Drawn on the server, so the page asks no third party.
 */
final class QrCode {

	private static final int QUIET_ZONE = 4;

	private final BitMatrix modules;

	private QrCode(BitMatrix modules) {
		this.modules = modules;
	}

	static QrCode of(String text) {
		try {
			// margin 0: ZXing's matrix holds the modules only; the quiet zone is added when drawing
			return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET,
							StandardCharsets.UTF_8.name(), EncodeHintType.MARGIN, 0)));
		}
		catch (WriterException tooLong) {
			throw new IllegalArgumentException("Text too long for a QR code: " + text.length() + " characters", tooLong);
		}
	}

	/** Modules per side, without the quiet zone. */
	int size() {
		return modules.getWidth();
	}

	boolean dark(int x, int y) {
		return modules.get(x, y);
	}

	String svg() {
		var path = new StringBuilder();
		for (var y = 0; y < size(); y++) {
			for (var x = 0; x < size(); x++) {
				if (dark(x, y)) {
					path.append('M').append(x + QUIET_ZONE).append(' ').append(y + QUIET_ZONE).append("h1v1h-1z");
				}
			}
		}
		var full = size() + 2 * QUIET_ZONE;
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + full + " " + full
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + path
				+ "\" fill=\"#000\"/></svg>";
	}

	/** The SVG as a {@code data:} address for an {@code <img>} (the content security policy allows those). */
	String svgDataUri() {
		return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg().getBytes(StandardCharsets.UTF_8));
	}
}
