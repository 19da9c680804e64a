package org.integrationskompass.offers.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetGroupRepository extends JpaRepository<TargetGroup, Long> {

	Optional<TargetGroup> findBySlug(String slug);

	List<TargetGroup> findAllByOrderByPositionAsc();
}
