package org.integrationskompass.contracts.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractDocumentFileRepository extends JpaRepository<ContractDocumentFile, UUID> {
}
