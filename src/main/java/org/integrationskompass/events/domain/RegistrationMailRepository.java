package org.integrationskompass.events.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegistrationMailRepository extends JpaRepository<RegistrationMail, Long> {

	/** Mails nobody is sending right now that have attempts left, oldest first. */
	@Query("select m.id from RegistrationMail m where m.attempts < :maxAttempts"
			+ " and (m.claimedUntil is null or m.claimedUntil < :now) order by m.createdAt, m.id")
	List<Long> findIdsToSend(@Param("now") Instant now, @Param("maxAttempts") int maxAttempts, Limit limit);

	/**
	 * Takes a mail for sending: an atomic conditional update, so that of several instances (or the job and the request)
	 * exactly one sends it. The claim lapses after {@code until}: a crashed sender's mail is tried again then.
	 *
	 * @return 1 when this caller may send the mail
	 */
	@Modifying
	@Query(value = "UPDATE events_mail SET claimed_until = :until, attempts = attempts + 1 WHERE id = :id"
			+ " AND (claimed_until IS NULL OR claimed_until < :now)", nativeQuery = true)
	int claim(@Param("id") long id, @Param("now") Instant now, @Param("until") Instant until);

	/** After a failed attempt: keep the mail, note why, and let it rest until {@code retryAt}. */
	@Modifying
	@Query(value = "UPDATE events_mail SET claimed_until = :retryAt, last_error = :error WHERE id = :id",
			nativeQuery = true)
	int failed(@Param("id") long id, @Param("retryAt") Instant retryAt, @Param("error") String error);

	@Query("select count(m) from RegistrationMail m where m.registrationId in"
			+ " (select r.id from Registration r where r.eventId = :eventId)")
	long countUnsentForEvent(@Param("eventId") UUID eventId);
}
