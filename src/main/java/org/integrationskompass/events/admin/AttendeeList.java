package org.integrationskompass.events.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventTimes;
import org.integrationskompass.events.domain.Registration;
import org.integrationskompass.events.domain.RegistrationRepository;
import org.integrationskompass.events.domain.RegistrationStatus;
import org.integrationskompass.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attendee list of one event as the exports print it: the confirmed participants in order of arrival and,
 * when asked for, the waiting list (waiting entries and those offered freed seats, also in order of arrival).
 * Registrations whose personal data the retention job has removed are left out: they have no name to list.
 */
@Component
class AttendeeList {

	private static final EnumSet<RegistrationStatus> WAITING = EnumSet.of(RegistrationStatus.WAITING,
			RegistrationStatus.OFFERED);

	private final EventRepository events;

	private final RegistrationRepository registrations;

	AttendeeList(EventRepository events, RegistrationRepository registrations) {
		this.events = events;
		this.registrations = registrations;
	}

	/** @throws NotFoundException when there is no such event */
	@Transactional(readOnly = true)
	Sections of(UUID eventId, boolean withWaitingList, Locale locale) {
		var event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event " + eventId));
		var participants = rows(registrations.findByEventAndStatusIn(eventId, EnumSet.of(RegistrationStatus.CONFIRMED)));
		var waiting = withWaitingList ? rows(registrations.findByEventAndStatusIn(eventId, WAITING)) : List.<Row>of();
		return new Sections(EventHeading.of(event, locale), participants, waiting);
	}

	private static List<Row> rows(List<Registration> registrations) {
		var rows = new ArrayList<Row>();
		for (var registration : registrations) {
			if (registration.anonymised()) {
				continue;
			}
			rows.add(new Row(rows.size() + 1, registration.name(), text(registration.organisation()),
					registration.seats(), registration.email(), text(registration.needs()), registration.checkedInAt(),
					registration.registeredAt()));
		}
		return List.copyOf(rows);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	/** The lists of one event; {@code waitingList} is empty when it was not asked for. */
	record Sections(EventHeading event, List<Row> participants, List<Row> waitingList) {

		public int seats() {
			return participants.stream().mapToInt(Row::seats).sum();
		}
	}

	/** What a list says about its event, in the staff member's language. */
	record EventHeading(String slug, String title, String titleLanguage, String when, String venue,
			boolean online) {

		static EventHeading of(Event event, Locale locale) {
			var title = event.title().in(locale);
			return new EventHeading(event.slug(), title.text(), title.language(),
					EventTimes.span(event.startsAt(), event.endsAt(), locale), event.venue().oneLine(), event.online());
		}
	}

	/**
	 * One line of a list.
	 *
	 * @param number 1, 2, 3 … within its section, in order of arrival
	 * @param checkedInAt when the participant was marked as arrived, or null
	 */
	record Row(int number, String name, String organisation, int seats, String email, String needs,
			@Nullable Instant checkedInAt, Instant registeredAt) {
	}
}
