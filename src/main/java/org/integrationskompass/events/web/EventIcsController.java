package org.integrationskompass.events.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.integrationskompass.events.EventCalendar;
import org.integrationskompass.events.domain.EventCalendarFile;
import org.integrationskompass.events.domain.EventFilter;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventStatus;
import org.integrationskompass.shared.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.util.MultiValueMap;

/** Events as iCalendar files, in the page language ({@code /en/veranstaltungen/…ics} in English). */
@Controller
class EventIcsController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final EventRepository events;

	private final EventCalendar calendar;

	private final MessageSource messages;

	EventIcsController(EventRepository events, EventCalendar calendar, MessageSource messages) {
		this.events = events;
		this.calendar = calendar;
		this.messages = messages;
	}

	/** The upcoming events as a feed a calendar program can subscribe to, with the calendar's filters. */
	@GetMapping("/veranstaltungen.ics")
	ResponseEntity<String> feed(@RequestParam MultiValueMap<String, String> parameters, Locale locale) {
		var body = calendar.feed(EventFilter.from(parameters), locale,
				messages.getMessage("events.online", null, locale));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)))
			.body(body);
	}

	@GetMapping("/veranstaltungen/{slug}.ics")
	@Transactional(readOnly = true)
	ResponseEntity<String> ics(@PathVariable String slug, Locale locale) {
		var event = events.findBySlug(slug)
			.filter(found -> found.status() != EventStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("event " + slug));
		var body = EventCalendarFile.of(List.of(event), locale, messages.getMessage("events.online", null, locale));
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(slug + ".ics").build().toString())
			.cacheControl(CacheControl.noCache())
			.body(body);
	}
}
