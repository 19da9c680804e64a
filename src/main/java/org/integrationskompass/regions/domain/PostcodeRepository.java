package org.integrationskompass.regions.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PostcodeRepository extends JpaRepository<Postcode, PostcodeId> {

	List<Postcode> findByIdPlz(String plz);

	List<Postcode> findByIdPlzIn(Collection<String> plz);

	@Query("select p from Postcode p where p.searchName like concat(:prefix, '%') or p.searchName like concat('% ', :prefix, '%')")
	List<Postcode> findBySearchNamePrefix(String prefix);

	@Query("select distinct p.id.plz from Postcode p where p.dataSet = :dataSet")
	List<String> findPlzByDataSet(DataSet dataSet);
}
