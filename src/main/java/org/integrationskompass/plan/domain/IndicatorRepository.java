package org.integrationskompass.plan.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRepository extends JpaRepository<Indicator, UUID> {

	Optional<Indicator> findByCode(String code);

	List<Indicator> findByMeasureIdInOrderByCreatedAt(Collection<UUID> measureIds);

	List<Indicator> findAllByOrderByCreatedAt();

	boolean existsByCode(String code);
}
