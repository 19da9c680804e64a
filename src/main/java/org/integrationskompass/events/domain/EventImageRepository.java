package org.integrationskompass.events.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EventImageRepository extends JpaRepository<EventImage, UUID> {

	/** Which of these events have an image, and since when (for cache-busting links), without loading bytes. */
	@Query("select new org.integrationskompass.events.domain.EventImageRepository$ImageStamp(i.eventId, i.updatedAt)"
			+ " from EventImage i where i.eventId in :ids")
	List<ImageStamp> findStamps(@Param("ids") Collection<UUID> ids);

	record ImageStamp(UUID eventId, Instant updatedAt) {
	}
}
