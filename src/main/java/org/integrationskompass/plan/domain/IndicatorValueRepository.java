package org.integrationskompass.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorValueRepository extends JpaRepository<IndicatorValue, UUID> {

	/** Oldest first, so the last one is the latest. */
	List<IndicatorValue> findByIndicatorIdOrderByMeasuredOn(UUID indicatorId);

	List<IndicatorValue> findAllByOrderByMeasuredOn();

	boolean existsByIndicatorIdAndMeasuredOn(UUID indicatorId, LocalDate measuredOn);
}
