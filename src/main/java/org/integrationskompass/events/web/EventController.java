package org.integrationskompass.events.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.integrationskompass.events.domain.Availability;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventCategory;
import org.integrationskompass.events.domain.EventFilter;
import org.integrationskompass.events.domain.EventImageRepository;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventStatus;
import org.integrationskompass.events.domain.EventTimes;
import org.integrationskompass.events.domain.EventType;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.organisations.OrganisationId;
import org.integrationskompass.regions.RegionDirectory;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.integrationskompass.shared.web.SiteLanguages;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public calendar: the list of upcoming events with filters, each event's page and its image. */
@Controller
class EventController {

	static final String CALENDAR = "/veranstaltungen";

	/** A state's calendar holds a few hundred upcoming events; the list filters them in memory. */
	private static final int UPCOMING_LIMIT = 5_000;

	private static final int PAGE_LIMIT = 200;

	private final EventRepository events;

	private final EventImageRepository images;

	private final RegionDirectory regions;

	private final OrganisationDirectory organisations;

	private final MessageSource messages;

	private final SiteLanguages site;

	private final Clock clock;

	EventController(EventRepository events, EventImageRepository images, RegionDirectory regions,
			OrganisationDirectory organisations, MessageSource messages, SiteLanguages site, Clock clock) {
		this.events = events;
		this.images = images;
		this.regions = regions;
		this.organisations = organisations;
		this.messages = messages;
		this.site = site;
		this.clock = clock;
	}

	@GetMapping(CALENDAR)
	@Transactional(readOnly = true)
	String calendar(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
		var filter = EventFilter.from(parameters);
		var now = clock.instant();
		var from = filter.from() == null ? null : filter.from().atStartOfDay(EventTimes.BERLIN).toInstant();
		var until = filter.until() == null ? null : filter.until().plusDays(1).atStartOfDay(EventTimes.BERLIN).toInstant();
		var matching = events.findUpcoming(now, Limit.of(UPCOMING_LIMIT)).stream()
			.filter(event -> filter.matches(event, from, until))
			.toList();
		var shown = matching.size() > PAGE_LIMIT ? matching.subList(0, PAGE_LIMIT) : matching;
		var kreise = regions.currentKreise();
		model.addAttribute("filter", filter);
		model.addAttribute("cards", cards(shown, now, locale));
		model.addAttribute("total", matching.size());
		model.addAttribute("types", EventType.values());
		model.addAttribute("categories", EventCategory.values());
		model.addAttribute("kreise", kreise);
		model.addAttribute("feedPath", feedPath(filter));
		model.addAttribute("filtered", !filter.equals(EventFilter.none()));
		return "events/index";
	}

	@GetMapping(CALENDAR + "/{slug}")
	@Transactional(readOnly = true)
	String event(@PathVariable String slug, HttpServletRequest request, Locale locale, Model model) {
		var event = published(slug);
		var now = clock.instant();
		var availability = Availability.of(event, now);
		var prefix = RequestLanguage.prefix(request);
		var pageUrl = site.baseUrl() + prefix + CALENDAR + "/" + event.slug();
		var image = images.findStamps(List.of(event.id())).stream().findFirst();
		var organiser = event.organisationId() == null ? null
				: organisations.find(new OrganisationId(event.organisationId())).orElse(null);
		var siteName = messages.getMessage("layout.siteName", null, locale);
		var imageVersion = image.map(stamp -> Long.toString(stamp.updatedAt().toEpochMilli())).orElse(null);
		var imageUrl = imageVersion == null ? null : site.baseUrl() + CALENDAR + "/" + event.slug() + "/bild?v=" + imageVersion;
		model.addAttribute("event", event);
		model.addAttribute("when", EventTimes.span(event.startsAt(), event.endsAt(), locale));
		model.addAttribute("availability", availability);
		model.addAttribute("availabilityText", availabilityText(availability, locale));
		model.addAttribute("organiser", organiser);
		model.addAttribute("imageVersion", imageVersion);
		model.addAttribute("jsonLd", EventJsonLd.of(event, locale.getLanguage(), pageUrl, imageUrl,
				organiser == null ? null : organiser.name(),
				organiser == null ? null : site.baseUrl() + prefix + "/organisationen/" + organiser.slug(), siteName,
				availability));
		return "events/show";
	}

	@GetMapping(CALENDAR + "/{slug}/bild")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> image(@PathVariable String slug) {
		var event = published(slug);
		var image = images.findById(event.id()).orElseThrow(() -> new NotFoundException("image of " + slug));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
			.lastModified(image.updatedAt())
			.header("Content-Disposition", "inline")
			.body(image.data());
	}

	/** Published and cancelled events are public; drafts are not there for visitors. */
	private Event published(String slug) {
		return events.findBySlug(slug)
			.filter(found -> found.status() != EventStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("event " + slug));
	}

	private List<EventCard> cards(List<Event> shown, Instant now, Locale locale) {
		Map<UUID, Instant> stamps = images.findStamps(shown.stream().map(Event::id).toList()).stream()
			.collect(Collectors.toMap(EventImageRepository.ImageStamp::eventId, EventImageRepository.ImageStamp::updatedAt));
		return shown.stream().map(event -> {
			var availability = Availability.of(event, now);
			var stamp = stamps.get(event.id());
			return new EventCard(event.slug(), event.title(), event.teaser(), event.type().messageKey(),
					event.category().name(), event.category().messageKey(), event.startsAt(),
					EventTimes.span(event.startsAt(), event.endsAt(), locale), event.venue().city(), event.online(),
					stamp == null ? null : Long.toString(stamp.toEpochMilli()), event.imageAlt(), availability,
					availabilityText(availability, locale), event.demo());
		}).toList();
	}

	private String availabilityText(Availability availability, Locale locale) {
		Object[] arguments = { availability.freeSeats(),
				availability.opensAt() == null ? "" : EventTimes.moment(availability.opensAt(), locale) };
		return messages.getMessage(availability.messageKey(), arguments, locale);
	}

	/** The feed address with the list's filters, so a calendar program subscribes to exactly what is shown. */
	private static String feedPath(EventFilter filter) {
		var builder = UriComponentsBuilder.fromPath(CALENDAR + ".ics");
		filter.types().stream().sorted().forEach(type -> builder.queryParam("typ", type.name()));
		filter.categories().stream().sorted().forEach(category -> builder.queryParam("kategorie", category.name()));
		filter.kreise().stream().sorted().forEach(kreis -> builder.queryParam("kreis", kreis));
		if (filter.onlineOnly()) {
			builder.queryParam("online", "ja");
		}
		if (filter.from() != null) {
			builder.queryParam("von", filter.from().toString());
		}
		if (filter.until() != null) {
			builder.queryParam("bis", filter.until().toString());
		}
		return builder.build().toUriString();
	}

}
