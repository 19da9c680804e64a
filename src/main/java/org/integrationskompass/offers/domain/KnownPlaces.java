package org.integrationskompass.offers.domain;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places of existing offers as a small gazetteer of last resort: before the open-data gazetteer is imported
 * (a fresh installation, the demo), a visitor searching near "35390" or "Gießen" still gets a radius search around
 * the offers' own places there.
 */
@Service
public class KnownPlaces {

	private final EntityManager entityManager;

	KnownPlaces(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The mean point of the offer places with this postcode or town name (ignoring case), if any. */
	@Transactional(readOnly = true)
	public Optional<Found> find(String postcodeOrTown) {
		var key = postcodeOrTown.strip().toLowerCase(Locale.GERMAN);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		List<Object[]> rows = entityManager.createQuery("""
				select avg(p.latitude), avg(p.longitude), min(p.city), min(p.postcode), min(p.kreisKey), count(p)
				from OfferPlace p where p.postcode = :key or lower(p.city) = :key""", Object[].class)
			.setParameter("key", key)
			.getResultList();
		if (rows.isEmpty() || rows.get(0)[5] == null || ((Number) rows.get(0)[5]).longValue() == 0) {
			return Optional.empty();
		}
		var row = rows.get(0);
		return Optional.of(new Found(((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue(), (String) row[2],
				key.matches("\\d{5}") ? (String) row[3] : null, (String) row[4]));
	}

	/** @param postcode the postcode when the search was for one */
	public record Found(double latitude, double longitude, String town, @Nullable String postcode, String kreisKey) {
	}
}
