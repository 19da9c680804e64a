package org.integrationskompass.regions.domain;

import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KreisRepository extends JpaRepository<Kreis, String> {

	List<Kreis> findByShapeGeoJsonIsNotNull();

	/** The keys of all Kreise, current and past, for checking imported rows. */
	@Query("select k.key from Kreis k")
	Set<String> findAllKeys();
}
