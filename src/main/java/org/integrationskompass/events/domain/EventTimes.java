package org.integrationskompass.events.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times of events as people read them: in Hessen's time zone, in the reader's language. */
public final class EventTimes {

	public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private EventTimes() {
	}

	/** "Dienstag, 15. Dezember 2026, 10:00 – 16:00" or, over several days, both dates with their times. */
	public static String span(Instant startsAt, Instant endsAt, Locale locale) {
		var start = startsAt.atZone(BERLIN);
		var end = endsAt.atZone(BERLIN);
		var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		if (start.toLocalDate().equals(end.toLocalDate())) {
			return date.format(start) + ", " + time.format(start) + " – " + time.format(end);
		}
		return date.format(start) + ", " + time.format(start) + " – " + date.format(end) + ", " + time.format(end);
	}

	/** A single moment, e.g. until when an offer holds. */
	public static String moment(Instant at, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.format(at.atZone(BERLIN));
	}
}
