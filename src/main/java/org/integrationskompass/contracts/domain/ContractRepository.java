package org.integrationskompass.contracts.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<IntegrationContract, UUID> {

	Optional<IntegrationContract> findBySlug(String slug);

	List<IntegrationContract> findByStatus(ContractStatus status);
}
