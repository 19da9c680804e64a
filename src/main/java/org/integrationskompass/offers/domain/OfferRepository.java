package org.integrationskompass.offers.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfferRepository extends JpaRepository<Offer, UUID> {

	Optional<Offer> findBySlug(String slug);

	Optional<Offer> findByExternalId(String externalId);

	boolean existsBySlug(String slug);

	List<Offer> findByOrganisationId(UUID organisationId);

	@Query("select count(o) from Offer o")
	long countAll();
}
