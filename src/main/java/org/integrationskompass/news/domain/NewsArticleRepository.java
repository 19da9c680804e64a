package org.integrationskompass.news.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NewsArticleRepository extends JpaRepository<NewsArticle, UUID>, JpaSpecificationExecutor<NewsArticle> {

	Optional<NewsArticle> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query("select a.id from NewsArticle a where a.announced = false and a.publishAt <= :now"
			+ " and (a.unpublishAt is null or a.unpublishAt > :now)")
	List<UUID> findIdsDueForAnnouncement(@Param("now") Instant now);

	/** Claims the announcement of one article: 1 for the one instance that may publish the event, 0 for the rest. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update NewsArticle a set a.announced = true where a.id = :id and a.announced = false")
	int claimAnnouncement(@Param("id") UUID id);

	@Query("select a.publishAt from NewsArticle a where a.publishAt <= :now and (a.unpublishAt is null or a.unpublishAt > :now)")
	List<Instant> findPublicationTimes(@Param("now") Instant now);
}
