package org.integrationskompass.events.domain;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Events as an iCalendar file (RFC 5545), with iCal4j: times in Europe/Berlin with the zone's definition
 * (VTIMEZONE) included, so calendar programs show the right local time on both sides of a change to or from
 * summer time. The online meeting link is never written: the file is public.
 */
public final class EventCalendarFile {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private EventCalendarFile() {
	}

	/**
	 * @param locationOnline the word the page language uses for an online event's place
	 */
	public static String of(List<Event> events, Locale locale, String locationOnline) {
		var calendar = new Calendar();
		calendar.add(new ProdId("-//Integrationskompass//Veranstaltungen//DE"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(BERLIN.getId()).getVTimeZone());
		for (var event : events) {
			calendar.add(component(event, locale, locationOnline));
		}
		var out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}

	private static VEvent component(Event event, Locale locale, String locationOnline) {
		var vevent = new VEvent(ZonedDateTime.ofInstant(event.startsAt(), BERLIN),
				ZonedDateTime.ofInstant(event.endsAt(), BERLIN), event.title().in(locale).text());
		vevent.add(new Uid(event.id() + "@integrationskompass"));
		vevent.replace(new DtStamp(event.updatedAt()));
		var teaser = event.teaser().in(locale).text();
		if (!teaser.isBlank()) {
			vevent.add(new Description(teaser));
		}
		var location = location(event, locationOnline);
		if (!location.isBlank()) {
			vevent.add(new Location(location));
		}
		vevent.add(new Categories(event.type().name()));
		vevent.add(event.status() == EventStatus.CANCELLED ? new Status(Status.VALUE_CANCELLED)
				: new Status(Status.VALUE_CONFIRMED));
		return vevent;
	}

	private static String location(Event event, String locationOnline) {
		var venue = event.venue();
		var city = Stream.of(venue.postcode(), venue.city()).filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining(" "));
		var place = Stream.of(venue.name(), venue.street(), city).filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining(", "));
		if (event.online()) {
			return place.isEmpty() ? locationOnline : place + " / " + locationOnline;
		}
		return place;
	}
}
