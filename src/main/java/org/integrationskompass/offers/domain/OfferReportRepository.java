package org.integrationskompass.offers.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfferReportRepository extends JpaRepository<OfferReport, Long> {

	/** Open reports first (oldest first, to be worked through), then the recently resolved ones. */
	@Query("select r from OfferReport r order by case when r.resolvedAt is null then 0 else 1 end, "
			+ "case when r.resolvedAt is null then r.receivedAt end asc, r.resolvedAt desc")
	List<OfferReport> findForReview(Pageable page);

	long countByResolvedAtIsNull();
}
