package org.integrationskompass.events.domain;

/** Where a registration stands; CONFIRMED and OFFERED hold seats of the event. */
public enum RegistrationStatus {
	/** Has its seats. */
	CONFIRMED,
	/** On the waiting list, in order of {@code position}. */
	WAITING,
	/** Freed seats are held for this waiting entry until the offer expires; it must confirm. */
	OFFERED,
	CANCELLED,
	/** Did not take up an offer in time; the seats went to the next entry. */
	EXPIRED;

	public boolean holdsSeats() {
		return this == CONFIRMED || this == OFFERED;
	}
}
