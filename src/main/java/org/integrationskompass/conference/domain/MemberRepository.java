package org.integrationskompass.conference.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MemberRepository extends JpaRepository<Member, UUID> {

	Optional<Member> findByOrganisationId(UUID organisationId);

	boolean existsByNameIgnoreCase(String name);
}
