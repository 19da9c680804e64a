package org.integrationskompass.newsletter.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface IssuePdfRepository extends JpaRepository<IssuePdf, Long> {
}
