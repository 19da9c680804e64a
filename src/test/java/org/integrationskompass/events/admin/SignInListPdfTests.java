package org.integrationskompass.events.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.integrationskompass.events.admin.SignInListPdf.PageNumberPart;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class SignInListPdfTests {

	@Test
	void turnsThePageNumberMessageIntoTextsAndCounters() {
		assertThat(SignInListPdf.pageNumber("Seite {0} von {1}")).containsExactly(new PageNumberPart("Seite ", null),
				new PageNumberPart("", "page"), new PageNumberPart(" von ", null), new PageNumberPart("", "pages"));
		assertThat(SignInListPdf.pageNumber("{0}/{1}")).containsExactly(new PageNumberPart("", "page"),
				new PageNumberPart("/", null), new PageNumberPart("", "pages"));
		assertThat(SignInListPdf.pageNumber("{1} pages, this is {0}.")).containsExactly(
				new PageNumberPart("", "pages"), new PageNumberPart(" pages, this is ", null),
				new PageNumberPart("", "page"), new PageNumberPart(".", null));
	}

	/** Guards the compliance check of the exports test: it must fail a PDF that is not tagged at all. */
	@Test
	void veraPdfRejectsAnUntaggedPdf() throws Exception {
		var bytes = new ByteArrayOutputStream();
		try (var document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(bytes);
		}

		assertThat(StaffExportsAttendeeListsTests.failures(bytes.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
	}
}
