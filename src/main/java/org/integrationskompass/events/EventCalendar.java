package org.integrationskompass.events;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventCalendarFile;
import org.integrationskompass.events.domain.EventFilter;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventStatus;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The events for other modules and for calendar feeds: the published events that have not ended. */
@Service
public class EventCalendar {

	static final int FEED_LIMIT = 500;

	private static final int UPCOMING_LIMIT = 5_000;

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final EventRepository events;

	private final Clock clock;

	EventCalendar(EventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<EventTeaser> upcoming(int limit) {
		return events.findUpcoming(clock.instant(), Limit.of(Math.max(1, Math.min(limit, 100))))
			.stream()
			.map(EventCalendar::teaser)
			.toList();
	}

	/**
	 * A public event by its address, past ones included (another module's page links to it); empty for a draft
	 * or an unknown address.
	 */
	@Transactional(readOnly = true)
	public Optional<EventTeaser> findBySlug(String slug) {
		return events.findBySlug(slug).filter(event -> event.status() != EventStatus.DRAFT).map(EventCalendar::teaser);
	}

	/**
	 * The upcoming events that pass the filter, as an iCalendar feed (at most {@link #FEED_LIMIT}). The filter
	 * runs over the upcoming events in memory: a state's calendar holds a few hundred of them.
	 */
	@Transactional(readOnly = true)
	public String feed(EventFilter filter, Locale locale, String locationOnline) {
		var from = filter.from() == null ? null : filter.from().atStartOfDay(BERLIN).toInstant();
		var until = filter.until() == null ? null : filter.until().plusDays(1).atStartOfDay(BERLIN).toInstant();
		var matching = events.findUpcoming(clock.instant(), Limit.of(UPCOMING_LIMIT)).stream()
			.filter(event -> filter.matches(event, from, until))
			.limit(FEED_LIMIT)
			.toList();
		return EventCalendarFile.of(matching, locale, locationOnline);
	}

	private static EventTeaser teaser(Event event) {
		return new EventTeaser(event.slug(), event.title(), event.teaser(), event.type().name(),
				event.category().name(), event.startsAt(), event.endsAt(), event.online(), event.venue().city());
	}
}
