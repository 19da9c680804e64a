package org.integrationskompass.events.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.integrationskompass.events.domain.Availability;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventStatus;
import org.integrationskompass.events.domain.EventTimes;
import org.integrationskompass.shared.web.JsonLd;
import org.jspecify.annotations.Nullable;

/**
 * The event as schema.org {@code Event} for search engines and calendar apps. The meeting link of an online event
 * is never in it (it is for participants only): the virtual location is the event's page.
 */
final class EventJsonLd {

	private EventJsonLd() {
	}

	static String of(Event event, String language, String pageUrl, @Nullable String imageUrl,
			@Nullable String organiserName, @Nullable String organiserUrl, String siteName, Availability availability) {
		var data = new LinkedHashMap<String, Object>();
		data.put("@context", "https://schema.org");
		data.put("@type", "Event");
		data.put("@id", pageUrl);
		data.put("url", pageUrl);
		data.put("name", event.title().in(language).text());
		var teaser = event.teaser().in(language).text();
		if (!teaser.isBlank()) {
			data.put("description", teaser);
		}
		data.put("startDate", iso(event.startsAt()));
		data.put("endDate", iso(event.endsAt()));
		data.put("eventStatus", event.status() == EventStatus.CANCELLED ? "https://schema.org/EventCancelled"
				: "https://schema.org/EventScheduled");
		var inPerson = !event.venue().isEmpty();
		data.put("eventAttendanceMode", inPerson && event.online() ? "https://schema.org/MixedEventAttendanceMode"
				: event.online() ? "https://schema.org/OnlineEventAttendanceMode"
						: "https://schema.org/OfflineEventAttendanceMode");
		var locations = new java.util.ArrayList<Map<String, Object>>();
		if (inPerson) {
			locations.add(place(event));
		}
		if (event.online() || !inPerson) {
			locations.add(Map.of("@type", "VirtualLocation", "url", pageUrl));
		}
		data.put("location", locations.size() == 1 ? locations.get(0) : locations);
		var organiser = new LinkedHashMap<String, Object>();
		organiser.put("@type", "Organization");
		organiser.put("name", organiserName == null ? siteName : organiserName);
		if (organiserUrl != null) {
			organiser.put("url", organiserUrl);
		}
		data.put("organizer", organiser);
		if (imageUrl != null) {
			data.put("image", imageUrl);
		}
		if (!event.languages().isEmpty()) {
			data.put("inLanguage", event.languages().size() == 1 ? event.languages().first() : event.languages());
		}
		if (event.capacity() > 0) {
			data.put("maximumAttendeeCapacity", event.capacity());
			data.put("remainingAttendeeCapacity", event.freeSeats());
		}
		var offer = new LinkedHashMap<String, Object>();
		offer.put("@type", "Offer");
		offer.put("url", pageUrl + "/anmeldung");
		offer.put("availability", switch (availability.state()) {
			case OPEN -> "https://schema.org/InStock";
			case NOT_YET_OPEN -> "https://schema.org/PreOrder";
			case WAITING_LIST -> "https://schema.org/SoldOut";
			default -> "https://schema.org/Discontinued";
		});
		if (event.registrationOpensAt() != null) {
			offer.put("validFrom", iso(event.registrationOpensAt()));
		}
		data.put("offers", offer);
		return JsonLd.script(data);
	}

	/** ISO 8601 with seconds and the offset of Hessen at that moment ({@code 2026-12-26T09:30:00+01:00}). */
	private static String iso(java.time.Instant at) {
		return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(EventTimes.BERLIN));
	}

	private static Map<String, Object> place(Event event) {
		var venue = event.venue();
		var place = new LinkedHashMap<String, Object>();
		place.put("@type", "Place");
		if (venue.name() != null) {
			place.put("name", venue.name());
		}
		var address = new LinkedHashMap<String, Object>();
		address.put("@type", "PostalAddress");
		if (venue.street() != null) {
			address.put("streetAddress", venue.street());
		}
		if (venue.postcode() != null) {
			address.put("postalCode", venue.postcode());
		}
		if (venue.city() != null) {
			address.put("addressLocality", venue.city());
		}
		address.put("addressRegion", "Hessen");
		address.put("addressCountry", "DE");
		place.put("address", address);
		if (venue.latitude() != null && venue.longitude() != null) {
			place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", venue.latitude(), "longitude",
					venue.longitude()));
		}
		return place;
	}
}
