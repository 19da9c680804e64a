package org.integrationskompass.regions.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DataSetImportRepository extends JpaRepository<DataSetImport, Long> {

	/** Imports that left data in the database, newest first. */
	@Query("select i from DataSetImport i where i.inserted + i.updated + i.unchanged > 0 order by i.importedAt desc, i.id desc")
	List<DataSetImport> findEffectiveNewestFirst();
}
