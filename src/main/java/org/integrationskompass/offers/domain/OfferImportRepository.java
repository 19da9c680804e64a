package org.integrationskompass.offers.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfferImportRepository extends JpaRepository<OfferImport, UUID> {

	List<OfferImport> findTop10ByOrderByCreatedAtDesc();

	List<OfferImport> findByStatusInOrderByCreatedAtAsc(Collection<OfferImport.Status> statuses);
}
