package org.integrationskompass.conference.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionDocumentRepository extends JpaRepository<SessionDocument, UUID> {

	List<SessionDocument> findBySessionIdOrderByUploadedAt(UUID sessionId);
}
