package org.integrationskompass.events.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a visitor can do about an event right now, for tiles and the event page.
 *
 * @param state the situation ({@code events.availability.<state>} is its text)
 * @param freeSeats the free seats when registration is open
 * @param opensAt when registration opens, if it has not yet
 */
public record Availability(State state, int freeSeats, @Nullable Instant opensAt) {

	public enum State {
		/** Registration is open and seats are free. */
		OPEN,
		/** Registration is open but the event is full: new registrations go on the waiting list. */
		WAITING_LIST,
		/** Registration opens later. */
		NOT_YET_OPEN,
		/** Registration has closed (or the event has begun). */
		CLOSED,
		/** The event has ended. */
		PAST,
		/** The organisers cancelled the event. */
		CANCELLED
	}

	public static Availability of(Event event, Instant now) {
		if (event.status() == EventStatus.CANCELLED) {
			return new Availability(State.CANCELLED, 0, null);
		}
		if (!now.isBefore(event.endsAt())) {
			return new Availability(State.PAST, 0, null);
		}
		if (event.registrationOpenAt(now)) {
			var free = event.freeSeats();
			return new Availability(free > 0 ? State.OPEN : State.WAITING_LIST, free, null);
		}
		if (event.registrationOpensAt() != null && now.isBefore(event.registrationOpensAt())) {
			return new Availability(State.NOT_YET_OPEN, 0, event.registrationOpensAt());
		}
		return new Availability(State.CLOSED, 0, null);
	}

	public boolean canRegister() {
		return state == State.OPEN || state == State.WAITING_LIST;
	}

	public String messageKey() {
		return "events.availability." + state.name();
	}
}
