package org.integrationskompass.plan.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeasureRepository extends JpaRepository<Measure, UUID> {

	List<Measure> findByFieldOfActionIdOrderByCreatedAt(UUID fieldOfActionId);

	List<Measure> findAllByOrderByCreatedAt();
}
