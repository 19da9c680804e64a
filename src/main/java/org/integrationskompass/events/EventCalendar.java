package org.integrationskompass.events;

import java.time.Clock;
import java.util.List;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventRepository;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The events for other modules: the next published events that have not ended. */
@Service
public class EventCalendar {

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

	private static EventTeaser teaser(Event event) {
		return new EventTeaser(event.slug(), event.title(), event.teaser(), event.type().name(),
				event.category().name(), event.startsAt(), event.endsAt(), event.online(), event.venue().city());
	}
}
