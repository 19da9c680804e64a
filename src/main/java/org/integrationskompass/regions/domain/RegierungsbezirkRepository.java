package org.integrationskompass.regions.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegierungsbezirkRepository extends JpaRepository<Regierungsbezirk, String> {
}
