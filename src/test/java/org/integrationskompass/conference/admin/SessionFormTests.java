package org.integrationskompass.conference.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;
import org.integrationskompass.shared.web.PdfUpload;

class SessionFormTests {

	@Test
	void readsTheDateOfADateFieldAndATypedGermanDateAsTheSameMomentInHessen() {
		assertThat(SessionForm.instant("2026-05-20", "10:00")).hasValue(Instant.parse("2026-05-20T08:00:00Z"));
		assertThat(SessionForm.instant("20.5.2026", "10:00")).hasValue(Instant.parse("2026-05-20T08:00:00Z"));
		assertThat(SessionForm.instant("20.12.2026", "10:00")).as("winter time").hasValue(Instant.parse("2026-12-20T09:00:00Z"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "31.02.2027", "2027-02-31", "morgen", "", "20.05.26x" })
	void refusesDatesThatDoNotExistInsteadOfMovingThem(String date) {
		assertThat(SessionForm.instant(date, "10:00")).isEmpty();
	}

	@Test
	void matchesTranslatedAgendaLinesToTheGermanItemsAndRefusesExtraLines() {
		var form = new SessionForm("PLENARY", "", "Plenum", "", "", "2026-05-20", "10:00", "12:00", "Wiesbaden",
				"Begrüßung\n\n  Berichte  \nVerschiedenes", "Welcome\nReports", "", "", "", "");

		var agenda = form.agenda().orElseThrow();
		assertThat(agenda).hasSize(3);
		assertThat(agenda.get(1).in("en").text()).isEqualTo("Reports");
		assertThat(agenda.get(1).in("de").text()).isEqualTo("Berichte");
		assertThat(agenda.get(2).in("en").fallback()).as("not translated, falls back to German").isTrue();

		var extra = new SessionForm("PLENARY", "", "Plenum", "", "", "2026-05-20", "10:00", "12:00", "Wiesbaden",
				"Begrüßung", "Welcome\nReports", "", "", "", "");
		assertThat(extra.agenda()).isEmpty();
	}

	@Test
	void recognisesAPdfByItsSignatureNotByItsName() {
		assertThat(PdfUpload.isPdf("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).isTrue();
		assertThat(PdfUpload.isPdf("<html>%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isFalse();
		assertThat(PdfUpload.isPdf("%PDF-".getBytes(StandardCharsets.US_ASCII))).as("nothing after the signature").isFalse();
		assertThat(PdfUpload.isPdf(new byte[0])).isFalse();
	}

	@Test
	void limitsDocumentsTo20MegabytesOrTheLowerMultipartLimit() {
		assertThat(DocumentLimit.of(DataSize.ofMegabytes(100)).megabytes()).isEqualTo(20);
		assertThat(DocumentLimit.of(DataSize.ofMegabytes(10)).megabytes()).isEqualTo(10);
	}

	@Test
	void keepsOnlyTheNameOfAnUploadedFileWithoutPathQuotesOrControlCharacters() {
		assertThat(PdfUpload.fileName("C:\\Users\\a\\Protokoll \"Mai\".pdf")).isEqualTo("Protokoll Mai.pdf");
		assertThat(PdfUpload.fileName("../../etc/passwd")).isEqualTo("passwd.pdf");
		assertThat(PdfUpload.fileName("zeile\r\numbruch.PDF")).isEqualTo("zeileumbruch.PDF");
		assertThat(PdfUpload.fileName(null)).isEqualTo("dokument.pdf");
	}
}
