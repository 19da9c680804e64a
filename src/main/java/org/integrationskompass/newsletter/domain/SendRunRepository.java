package org.integrationskompass.newsletter.domain;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SendRunRepository extends JpaRepository<SendRun, Long> {

	@Query("select r.issueId from SendRun r where r.status = 'RUNNING' order by r.startedAt")
	List<Long> findRunning();

	/** Takes or renews the lease of a run: one conditional update, so two instances never both hold it. */
	@Modifying(clearAutomatically = true)
	@Query("update SendRun r set r.leaseOwner = :owner, r.leaseUntil = :until where r.issueId = :issue"
			+ " and r.status = 'RUNNING' and (r.leaseOwner = :owner or r.leaseUntil is null or r.leaseUntil < :now)")
	int lease(long issue, String owner, Instant now, Instant until);

	/** Records a sent batch and moves the position; 0 when this instance lost the lease meanwhile. */
	@Modifying(clearAutomatically = true)
	@Query("update SendRun r set r.lastSubscriberId = :position, r.sent = r.sent + :sent, r.failed = r.failed + :failed,"
			+ " r.leaseUntil = :until where r.issueId = :issue and r.leaseOwner = :owner and r.status = 'RUNNING'")
	int advance(long issue, String owner, long position, int sent, int failed, Instant until);

	@Modifying(clearAutomatically = true)
	@Query("update SendRun r set r.status = 'DONE', r.finishedAt = :now, r.leaseOwner = null, r.leaseUntil = null"
			+ " where r.issueId = :issue and r.leaseOwner = :owner and r.status = 'RUNNING'")
	int finish(long issue, String owner, Instant now);

	@Modifying(clearAutomatically = true)
	@Query("update SendRun r set r.leaseOwner = null, r.leaseUntil = null where r.issueId = :issue and r.leaseOwner = :owner")
	int release(long issue, String owner);
}
