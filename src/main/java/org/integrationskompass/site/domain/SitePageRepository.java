package org.integrationskompass.site.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SitePageRepository extends JpaRepository<SitePage, UUID> {

	/** Locks the page's row, so two saves of one page get consecutive version numbers instead of a clash. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from SitePage p where p.id = :id")
	Optional<SitePage> findForUpdate(UUID id);

	boolean existsByParentId(UUID parentId);
}
