package org.integrationskompass.plan.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FieldOfActionRepository extends JpaRepository<FieldOfAction, UUID> {

	Optional<FieldOfAction> findBySlug(String slug);

	List<FieldOfAction> findAllByOrderByPosition();
}
