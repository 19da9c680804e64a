package org.integrationskompass.site.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SitePageVersionRepository extends JpaRepository<SitePageVersion, UUID> {

	Optional<SitePageVersion> findByPageIdAndNumber(UUID pageId, int number);

	List<SitePageVersion> findByPageIdOrderByNumberDesc(UUID pageId);

	@Modifying
	@Query("delete from SitePageVersion v where v.pageId = :pageId")
	void deleteByPage(UUID pageId);
}
