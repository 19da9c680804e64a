package org.integrationskompass.regions.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KreisRepository extends JpaRepository<Kreis, String> {

	List<Kreis> findByShapeGeoJsonIsNotNull();
}
