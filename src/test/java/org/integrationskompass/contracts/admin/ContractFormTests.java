package org.integrationskompass.contracts.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.integrationskompass.shared.web.PdfUpload;

class ContractFormTests {

	@Test
	void readsAmountsAsPeopleTypeThem() {
		assertThat(ContractForm.euros("120000")).hasValue(new BigDecimal("120000"));
		assertThat(ContractForm.euros("120.000,50 €")).hasValue(new BigDecimal("120000.50"));
		assertThat(ContractForm.euros("120,000.50")).hasValue(new BigDecimal("120000.50"));
		assertThat(ContractForm.euros("99,5")).hasValue(new BigDecimal("99.5"));
		assertThat(ContractForm.euros("-5")).hasValue(new BigDecimal("-5"));
		assertThat(ContractForm.euros(" ")).isEqualTo(Optional.empty());
		assertThat(ContractForm.euros("viel")).isNull();
		assertThat(ContractForm.euros("1.2.3")).isNull();
	}

	@Test
	void takesTheAddressPartOfALinkToAnEventOrOffer() {
		assertThat(ContractAdminController.slugOf("https://portal.example/en/veranstaltungen/fachtag-2027?x=1#a",
				"/veranstaltungen/")).isEqualTo("fachtag-2027");
		assertThat(ContractAdminController.slugOf("/angebote/sprachcafe-kassel/", "/angebote/"))
			.isEqualTo("sprachcafe-kassel");
		assertThat(ContractAdminController.slugOf("Fachtag-2027", "/veranstaltungen/")).isEqualTo("fachtag-2027");
	}

	@Test
	void acceptsAPdfByItsFirstBytesOnly() {
		var pdf = new MockMultipartFile("file", "Bericht 2025.pdf", "application/pdf", "%PDF-1.7\n...".getBytes());
		var renamed = new MockMultipartFile("file", "bericht.pdf", "application/pdf", "<html>nope</html>".getBytes());
		var empty = new MockMultipartFile("file", "leer.pdf", "application/pdf", new byte[0]);

		assertThat(PdfUpload.of(pdf, 1000)).hasValueSatisfying(upload -> {
			assertThat(upload.ok()).isTrue();
			assertThat(upload.fileName()).isEqualTo("Bericht 2025.pdf");
		});
		assertThat(PdfUpload.of(renamed, 1000).orElseThrow().problem()).isEqualTo(PdfUpload.Problem.NOT_A_PDF);
		assertThat(PdfUpload.of(empty, 1000).orElseThrow().problem()).isEqualTo(PdfUpload.Problem.EMPTY);
		assertThat(PdfUpload.of(pdf, 5).orElseThrow().problem()).isEqualTo(PdfUpload.Problem.TOO_LARGE);
	}

	@Test
	void givesTheDownloadASafeFileName() {
		assertThat(PdfUpload.fileName("C:\\Users\\a\\Bericht \"final\".pdf")).isEqualTo("Bericht final.pdf");
		assertThat(PdfUpload.fileName("../../etc/passwd")).isEqualTo("passwd.pdf");
		assertThat(PdfUpload.fileName("")).isEqualTo("dokument.pdf");
	}
}
