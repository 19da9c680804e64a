package org.integrationskompass.site.domain;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored feedback, and the outbox state of its mails.
 *
 * <p>Several instances of the portal may run the mail job at the same time. A row is only mailed by the instance
 * that wins {@link #claimForMail}: a conditional UPDATE that succeeds for exactly one of them, because the
 * database applies it atomically to a row that is pending and not claimed (or whose claim has expired, when
 * the instance holding it died).
 */
public interface AccessibilityFeedbackRepository extends JpaRepository<AccessibilityFeedback, Long> {

	String PENDING = "(f.officeNotifiedAt is null or (f.senderEmail is not null and f.senderConfirmedAt is null))";

	List<AccessibilityFeedback> findAllByOrderByReceivedAtDescIdDesc(Limit limit);

	@Query("select f.id from AccessibilityFeedback f where " + PENDING
			+ " and (f.mailClaimedUntil is null or f.mailClaimedUntil < :now) and f.mailAttempts < :maxAttempts"
			+ " order by f.mailAttempts, f.receivedAt")
	// Fewest attempts first: rows whose mail keeps failing (a rejected address) cannot starve newer feedback.
	List<Long> findIdsWaitingForMail(@Param("now") Instant now, @Param("maxAttempts") int maxAttempts, Limit limit);

	/** @return 1 if this caller now owns the row's mails until {@code until}, 0 if someone else does or nothing is pending */
	@Transactional
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update AccessibilityFeedback f set f.mailClaimedUntil = :until, f.mailAttempts = f.mailAttempts + 1"
			+ " where f.id = :id and " + PENDING + " and (f.mailClaimedUntil is null or f.mailClaimedUntil < :now)")
	int claimForMail(@Param("id") long id, @Param("now") Instant now, @Param("until") Instant until);

	@Transactional
	@Modifying(clearAutomatically = true)
	@Query("update AccessibilityFeedback f set f.officeNotifiedAt = :at where f.id = :id")
	int markOfficeNotified(@Param("id") long id, @Param("at") Instant at);

	@Transactional
	@Modifying(clearAutomatically = true)
	@Query("update AccessibilityFeedback f set f.senderConfirmedAt = :at where f.id = :id")
	int markSenderConfirmed(@Param("id") long id, @Param("at") Instant at);

	/** Gives the row back to the mail job; {@code error} is null after a complete delivery. */
	@Transactional
	@Modifying(clearAutomatically = true)
	@Query("update AccessibilityFeedback f set f.mailClaimedUntil = null, f.lastMailError = :error where f.id = :id")
	int releaseMailClaim(@Param("id") long id, @Param("error") @Nullable String error);

	@Transactional
	@Modifying(clearAutomatically = true)
	@Query("delete from AccessibilityFeedback f where f.receivedAt < :cutoff")
	int deleteReceivedBefore(@Param("cutoff") Instant cutoff);
}
