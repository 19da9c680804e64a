package org.integrationskompass.contracts.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractDocumentRepository extends JpaRepository<ContractDocument, UUID> {

	List<ContractDocument> findByContractIdOrderByUploadedAtAsc(UUID contractId);
}
