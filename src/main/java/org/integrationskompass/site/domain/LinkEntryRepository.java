package org.integrationskompass.site.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LinkEntryRepository extends JpaRepository<LinkEntry, UUID> {

	@Query("select l.id from LinkEntry l where l.nextCheckAt <= :now and (l.claimedUntil is null or l.claimedUntil < :now) "
			+ "order by l.nextCheckAt")
	List<UUID> findDue(Instant now, Limit limit);

	/**
	 * Claims a link for one check. The condition and the change are one statement, so of several instances that see
	 * the same due link only one gets 1 back and requests it.
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update LinkEntry l set l.claimedUntil = :until where l.id = :id "
			+ "and (l.claimedUntil is null or l.claimedUntil < :now)")
	int claim(UUID id, Instant now, Instant until);

	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update LinkEntry l set l.nextCheckAt = :now")
	int makeAllDue(Instant now);

	@Query("select distinct l from LinkEntry l left join fetch l.categories")
	List<LinkEntry> findAllWithCategories();
}
