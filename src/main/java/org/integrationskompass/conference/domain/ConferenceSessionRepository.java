package org.integrationskompass.conference.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConferenceSessionRepository extends JpaRepository<ConferenceSession, UUID> {

	List<ConferenceSession> findAllByOrderByStartsAtDesc();

	List<ConferenceSession> findByPublishedTrueOrderByStartsAtDesc();

	Optional<ConferenceSession> findBySlug(String slug);

	boolean existsBySlug(String slug);
}
