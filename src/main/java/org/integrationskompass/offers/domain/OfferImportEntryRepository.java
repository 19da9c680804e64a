package org.integrationskompass.offers.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface OfferImportEntryRepository extends JpaRepository<OfferImportEntry, Long> {

	List<OfferImportEntry> findByImportIdOrderByRowNumberAscIdAsc(UUID importId, Limit limit);

	long countByImportId(UUID importId);

	@Modifying
	@Query("delete from OfferImportEntry e where e.importId = ?1")
	void deleteByImportId(UUID importId);
}
