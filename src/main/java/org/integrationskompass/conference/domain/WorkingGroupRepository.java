package org.integrationskompass.conference.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkingGroupRepository extends JpaRepository<WorkingGroup, UUID> {

	List<WorkingGroup> findAllByOrderByPosition();

	Optional<WorkingGroup> findBySlug(String slug);

	boolean existsBySlug(String slug);
}
