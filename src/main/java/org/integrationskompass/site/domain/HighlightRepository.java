package org.integrationskompass.site.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface HighlightRepository extends JpaRepository<Highlight, Long> {

	List<Highlight> findAllByOrderByPositionAscIdAsc();
}
