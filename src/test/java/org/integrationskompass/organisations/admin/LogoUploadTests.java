package org.integrationskompass.organisations.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** Logos are judged by their first bytes, never by the name or the type the browser claims. */
class LogoUploadTests {

	private static final byte[] WEBP = { 'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ' };

	@Test
	void recognisesWebpPngAndJpegByTheirContent() {
		assertThat(LogoUpload.of(new MockMultipartFile("logo", "logo.gif", "image/gif", WEBP)))
			.hasValueSatisfying(upload -> {
				assertThat(upload.ok()).isTrue();
				assertThat(upload.contentType()).isEqualTo("image/webp");
			});
		assertThat(LogoUpload.typeOf(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xdb })).isEqualTo("image/jpeg");
		assertThat(LogoUpload.typeOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' })).isEqualTo("image/png");
	}

	@Test
	void treatsAnEmptyFileFieldAsNoNewLogo() {
		assertThat(LogoUpload.of(new MockMultipartFile("logo", "", "application/octet-stream", new byte[0]))).isEmpty();
		assertThat(LogoUpload.of(null)).isEmpty();
	}

	@Test
	void callsAnSvgAnSvgWhateverItIsNamed() {
		var svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);

		assertThat(LogoUpload.of(new MockMultipartFile("logo", "logo.png", "image/png", svg)))
			.hasValueSatisfying(upload -> assertThat(upload.errorCode()).isEqualTo("organisations.admin.form.logo.svg"));
		assertThat(LogoUpload.of(new MockMultipartFile("logo", "logo.svg", "image/png", new byte[] { 1, 2, 3 })))
			.hasValueSatisfying(upload -> assertThat(upload.errorCode()).isEqualTo("organisations.admin.form.logo.svg"));
	}

	@Test
	void refusesAGifAsNotOneOfTheAcceptedImages() {
		var gif = "GIF89a".getBytes(StandardCharsets.US_ASCII);

		assertThat(LogoUpload.of(new MockMultipartFile("logo", "logo.gif", "image/gif", gif))).hasValueSatisfying(
				upload -> assertThat(upload.errorCode()).isEqualTo("organisations.admin.form.logo.notAnImage"));
	}
}
