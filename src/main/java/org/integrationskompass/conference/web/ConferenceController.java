package org.integrationskompass.conference.web;

import java.util.Locale;
import java.util.UUID;
import org.integrationskompass.conference.domain.ConferenceAdministration;
import org.integrationskompass.conference.domain.ConferenceSessionRepository;
import org.integrationskompass.conference.domain.SessionDocumentRepository;
import org.integrationskompass.shared.web.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The conference in public: overview, a page per working group and per session, and session documents. */
@Controller
class ConferenceController {

	static final String CONFERENCE = "/integrationskonferenz";

	private final ConferenceViews views;

	private final ConferenceSessionRepository sessions;

	private final SessionDocumentRepository documents;

	private final ConferenceAdministration administration;

	ConferenceController(ConferenceViews views, ConferenceSessionRepository sessions, SessionDocumentRepository documents,
			ConferenceAdministration administration) {
		this.views = views;
		this.sessions = sessions;
		this.documents = documents;
		this.administration = administration;
	}

	@GetMapping(CONFERENCE)
	String index(Locale locale, Model model) {
		model.addAttribute("conference", views.overview(locale));
		return "conference/index";
	}

	@GetMapping(CONFERENCE + "/arbeitsgruppen/{slug}")
	String group(@PathVariable String slug, Locale locale, Model model) {
		model.addAttribute("group", views.group(slug, locale).orElseThrow(() -> new NotFoundException("working group " + slug)));
		return "conference/group";
	}

	@GetMapping(CONFERENCE + "/sitzungen/{slug}")
	String session(@PathVariable String slug, Locale locale, Model model) {
		model.addAttribute("meeting", views.session(slug, locale).orElseThrow(() -> new NotFoundException("session " + slug)));
		return "conference/session";
	}

	/** A document of a published session, as a download under its own file name. */
	@GetMapping(CONFERENCE + "/sitzungen/{slug}/dokumente/{id}")
	ResponseEntity<byte[]> document(@PathVariable String slug, @PathVariable String id) {
		var session = sessions.findBySlug(slug).filter(s -> s.published())
			.orElseThrow(() -> new NotFoundException("session " + slug));
		UUID documentId;
		try {
			documentId = UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException("document " + id);
		}
		var document = documents.findById(documentId).filter(d -> d.sessionId().equals(session.id()))
			.orElseThrow(() -> new NotFoundException("document " + id));
		var data = administration.content(document.id()).orElseThrow(() -> new NotFoundException("document " + id));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(document.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(data);
	}
}
