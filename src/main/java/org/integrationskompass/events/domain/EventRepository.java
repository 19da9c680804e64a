package org.integrationskompass.events.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

public interface EventRepository extends JpaRepository<Event, UUID> {

	/**
	 * The event behind a public address, loaded <b>read-only</b>: visitors' pages (and the registration form, in a
	 * rush of hundreds per second) only show it, so Hibernate keeps no copy of its state for dirty checking — the
	 * copy of its translated texts cost more than the query. Changes to the returned event are never saved; staff
	 * edit through {@link #findById}.
	 */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
	/** Written out rather than derived from the name: Spring Data rebuilds a derived query on every call. */
	@Query("select e from Event e where e.slug = :slug")
	Optional<Event> findBySlug(@Param("slug") String slug);

	boolean existsBySlug(String slug);

	/** Published events that have not ended at {@code now}, soonest first. */
	@Query("select e from Event e where e.status = org.integrationskompass.events.domain.EventStatus.PUBLISHED"
			+ " and e.endsAt >= :now order by e.startsAt, e.slug")
	List<Event> findUpcoming(@Param("now") Instant now, Limit limit);

	/**
	 * Takes seats if they are free: one atomic conditional update of the event's row. The row stays locked until the
	 * transaction ends, and a concurrent transaction (in this or another instance) waits for it and then checks the
	 * condition against the committed count — so the capacity holds without a read-then-write race.
	 *
	 * @return 1 when the seats were taken, 0 when not enough were free
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = false)
	@Query(value = "UPDATE events_event SET seats_taken = seats_taken + :seats"
			+ " WHERE id = :id AND seats_taken + :seats <= capacity", nativeQuery = true)
	int takeSeats(@Param("id") UUID id, @Param("seats") int seats);

	/** Gives seats back (a cancellation, an expired offer); never below zero. */
	@Modifying(flushAutomatically = true)
	@Query(value = "UPDATE events_event SET seats_taken = seats_taken - :seats"
			+ " WHERE id = :id AND seats_taken >= :seats", nativeQuery = true)
	int releaseSeats(@Param("id") UUID id, @Param("seats") int seats);

	/** The free seats as committed now (not the possibly stale entity). */
	@Query(value = "SELECT capacity - seats_taken FROM events_event WHERE id = :id", nativeQuery = true)
	int freeSeats(@Param("id") UUID id);

	/** Published events starting between the two instants whose reminders have not been queued. */
	@Query(value = "SELECT id FROM events_event WHERE status = 'PUBLISHED' AND reminders_queued_at IS NULL"
			+ " AND starts_at > :now AND starts_at <= :until", nativeQuery = true)
	List<UUID> findIdsNeedingReminders(@Param("now") Instant now, @Param("until") Instant until);

	/** @return 1 for the one caller (of any instance) that may queue the event's reminders */
	@Modifying
	@Query(value = "UPDATE events_event SET reminders_queued_at = :now WHERE id = :id AND reminders_queued_at IS NULL",
			nativeQuery = true)
	int markRemindersQueued(@Param("id") UUID id, @Param("now") Instant now);

	/** Staff moved the event: its reminder is due again before the new date. */
	@Modifying
	@Query(value = "UPDATE events_event SET reminders_queued_at = NULL WHERE id = :id", nativeQuery = true)
	int resetReminders(@Param("id") UUID id);
}
