package org.integrationskompass.newsletter.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BounceRepository extends JpaRepository<Bounce, Long> {

	List<Bounce> findTop50ByOrderByReceivedAtDesc();

	long countByType(String type);
}
