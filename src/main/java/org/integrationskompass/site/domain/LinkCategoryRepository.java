package org.integrationskompass.site.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LinkCategoryRepository extends JpaRepository<LinkCategory, UUID> {

	List<LinkCategory> findAllByOrderByPositionAscSlugAsc();

	Optional<LinkCategory> findBySlug(String slug);
}
