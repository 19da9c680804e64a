package org.integrationskompass.events.domain;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Locks an event's row for the rest of the transaction (serving its waiting list one transaction at a time). */
@Component
class EventLocks {

	private final EntityManager entityManager;

	EventLocks(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	void lock(UUID eventId) {
		entityManager.createNativeQuery("SELECT id FROM events_event WHERE id = :id FOR UPDATE")
			.setParameter("id", eventId)
			.getResultList();
	}

	/**
	 * Locks the registration's event, then reads the registration again: what it was before the lock may have
	 * been changed by a transaction that held the lock.
	 */
	Registration lockAndRefresh(Registration registration) {
		lock(registration.eventId());
		entityManager.refresh(registration);
		return registration;
	}
}
