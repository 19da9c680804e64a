package org.integrationskompass.events.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegistrationRepository extends JpaRepository<Registration, UUID> {

	/** The next number in order of arrival (a database sequence: unique and rising across instances). */
	@Query(value = "SELECT nextval('events_registration_position')", nativeQuery = true)
	long nextPosition();

	Optional<Registration> findByManageTokenHash(String manageTokenHash);

	@Query("select r from Registration r where r.eventId = :eventId and r.status = :status order by r.position")
	List<Registration> findByEventAndStatus(@Param("eventId") UUID eventId,
			@Param("status") RegistrationStatus status);

	@Query("select r from Registration r where r.status ="
			+ " org.integrationskompass.events.domain.RegistrationStatus.OFFERED and r.offerExpiresAt < :now"
			+ " order by r.position")
	List<Registration> findOffersExpiredBefore(@Param("now") Instant now);

	/** Removes the personal data of registrations for events that ended before {@code endedBefore}. */
	@Modifying
	@Query(value = "UPDATE events_registration SET name = '', email = '', active_email = NULL, organisation = NULL,"
			+ " needs = NULL,"
			+ " anonymised_at = :now WHERE anonymised_at IS NULL AND event_id IN"
			+ " (SELECT id FROM events_event WHERE ends_at < :endedBefore)", nativeQuery = true)
	int anonymiseForEventsEndedBefore(@Param("endedBefore") Instant endedBefore,
			@Param("now") Instant now);

	/** Mails not yet sent to registrations whose data is about to be anonymised: they would go nowhere. */
	@Modifying
	@Query(value = "DELETE FROM events_mail WHERE registration_id IN (SELECT r.id FROM events_registration r"
			+ " JOIN events_event e ON e.id = r.event_id WHERE r.anonymised_at IS NULL AND e.ends_at < :endedBefore)",
			nativeQuery = true)
	int deleteMailsForEventsEndedBefore(@Param("endedBefore") Instant endedBefore);

	/** The registration or waiting entry that an address holds for an event, if any. */
	@Query("select r from Registration r where r.eventId = :eventId and r.activeEmail = :activeEmail")
	Optional<Registration> findActive(@Param("eventId") UUID eventId, @Param("activeEmail") String activeEmail);

	/** All registrations of an event in order of arrival, for the back office. */
	@Query("select r from Registration r where r.eventId = :eventId order by r.position")
	List<Registration> findByEvent(@Param("eventId") UUID eventId);

	@Query("select r from Registration r where r.eventId = :eventId and r.status in :statuses order by r.position")
	List<Registration> findByEventAndStatusIn(@Param("eventId") UUID eventId,
			@Param("statuses") java.util.Collection<RegistrationStatus> statuses);

	@Query("select coalesce(sum(r.seats), 0) from Registration r where r.eventId = :eventId"
			+ " and r.status in (org.integrationskompass.events.domain.RegistrationStatus.CONFIRMED,"
			+ " org.integrationskompass.events.domain.RegistrationStatus.OFFERED)")
	long seatsHeld(@Param("eventId") UUID eventId);
}
