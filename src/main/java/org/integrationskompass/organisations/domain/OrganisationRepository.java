package org.integrationskompass.organisations.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

	Optional<Organisation> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/** Every organisation with its languages in one query, for the directory (a few hundred rows at most). */
	@EntityGraph(attributePaths = "languages")
	@Query("select o from Organisation o")
	List<Organisation> findAllWithLanguages();
}
