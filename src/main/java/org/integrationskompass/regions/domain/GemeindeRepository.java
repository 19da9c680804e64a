package org.integrationskompass.regions.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GemeindeRepository extends JpaRepository<Gemeinde, String> {

	/** Names starting with the prefix, or with a word starting with it ("homburg" finds Bad Homburg). */
	@Query("select g from Gemeinde g where g.searchName like concat(:prefix, '%') or g.searchName like concat('% ', :prefix, '%')")
	List<Gemeinde> findBySearchNamePrefix(String prefix);
}
