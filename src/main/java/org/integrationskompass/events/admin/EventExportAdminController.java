package org.integrationskompass.events.admin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Attendee lists of one event to download: CSV and XLSX for working with the list, a PDF to print and sign at the
 * door. They hold personal data, so no cache may keep them ({@code Cache-Control: no-store}).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'FACHSTELLE')")
class EventExportAdminController {

	static final String PATH = "/admin/veranstaltungen/{id}";

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final AttendeeList attendees;

	private final AttendeeListFiles files;

	private final SignInListPdf pdf;

	private final Clock clock;

	EventExportAdminController(AttendeeList attendees, AttendeeListFiles files, SignInListPdf pdf, Clock clock) {
		this.attendees = attendees;
		this.files = files;
		this.pdf = pdf;
		this.clock = clock;
	}

	/** Confirmed participants; with {@code warteliste=true} the waiting list follows in a second section. */
	@GetMapping(PATH + "/teilnehmende.csv")
	ResponseEntity<byte[]> csv(@PathVariable UUID id,
			@RequestParam(name = "warteliste", defaultValue = "false") boolean withWaitingList, Locale locale) {
		var list = attendees.of(id, withWaitingList, locale);
		return download(list.event().slug() + "-teilnehmende.csv", CSV, files.csv(list, withWaitingList, locale));
	}

	/** Confirmed participants on the first sheet, the waiting list on the second. */
	@GetMapping(PATH + "/teilnehmende.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable UUID id, Locale locale) {
		var list = attendees.of(id, true, locale);
		return download(list.event().slug() + "-teilnehmende.xlsx", XLSX, files.xlsx(list, locale));
	}

	/** The sign-in list to print: confirmed participants with room to sign. */
	@GetMapping(PATH + "/anwesenheitsliste.pdf")
	ResponseEntity<byte[]> signInList(@PathVariable UUID id, Locale locale) {
		var list = attendees.of(id, false, locale);
		return download(list.event().slug() + "-anwesenheitsliste.pdf", MediaType.APPLICATION_PDF,
				pdf.render(list, locale, clock.instant()));
	}

	private static ResponseEntity<byte[]> download(String fileName, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(body);
	}
}
