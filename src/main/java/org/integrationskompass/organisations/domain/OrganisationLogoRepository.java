package org.integrationskompass.organisations.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationLogoRepository extends JpaRepository<OrganisationLogo, UUID> {
}
