package org.integrationskompass.newsletter.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

	Optional<Subscription> findByEmail(String email);

	Optional<Subscription> findByConfirmTokenHash(String hash);

	Optional<Subscription> findByUnsubscribeToken(String token);

	long countByStatus(SubscriptionStatus status);

	@Query("select s from Subscription s where s.status = org.integrationskompass.newsletter.domain.SubscriptionStatus.ACTIVE"
			+ " and s.id > :after and s.id <= :upTo order by s.id")
	List<Subscription> findActiveAfter(long after, long upTo, Limit limit);

	@Query("select coalesce(max(s.id), 0) from Subscription s")
	long maxId();

	@Query("select count(s) from Subscription s where s.status = org.integrationskompass.newsletter.domain.SubscriptionStatus.ACTIVE and s.id <= :upTo")
	long countActiveUpTo(long upTo);

	@Modifying
	@Query("delete from Subscription s where s.status = org.integrationskompass.newsletter.domain.SubscriptionStatus.PENDING and s.requestedAt < :before")
	int deleteUnconfirmedRequestedBefore(Instant before);

	@Modifying
	@Query("delete from Subscription s where s.status = org.integrationskompass.newsletter.domain.SubscriptionStatus.UNSUBSCRIBED and s.unsubscribedAt < :before")
	int deleteUnsubscribedBefore(Instant before);
}
