package org.integrationskompass.offers.domain;

import java.time.Clock;
import org.integrationskompass.offers.OfferId;
import org.integrationskompass.organisations.OrganisationChanged;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.domain.Slug;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes offers, and keeps the copied organisation names current. */
@Service
public class OfferService {

	private final OfferRepository offers;

	private final Clock clock;

	OfferService(OfferRepository offers, ObjectProvider<Clock> clock) {
		this.offers = offers;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public Clock clock() {
		return clock;
	}

	@Transactional
	public Offer create(OfferDetails details, @Nullable String externalId, boolean demo) {
		var id = OfferId.random();
		return offers.save(new Offer(id, uniqueSlug(details.title(), id), externalId, details, demo, clock.instant()));
	}

	/**
	 * Changes an offer unless someone else changed it since {@code expectedVersion} was read (the caller then shows
	 * the current state instead of silently overwriting it).
	 */
	@Transactional
	public Offer update(OfferId id, long expectedVersion, OfferDetails details) {
		var offer = offers.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No offer " + id));
		if (offer.version() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Offer.class, id.value());
		}
		offer.update(details, clock.instant());
		return offer;
	}

	@Transactional
	public Offer changeStatus(OfferId id, OfferStatus status) {
		var offer = offers.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No offer " + id));
		offer.changeStatus(status, clock.instant());
		return offer;
	}

	/**
	 * Runs in the transaction that changed the organisation, so the search index never shows an old name next to a
	 * new one. Few offers per organisation make this cheap.
	 */
	@EventListener
	@Transactional
	public void on(OrganisationChanged event) {
		for (var offer : offers.findByOrganisationId(event.id().value())) {
			if (!offer.organisationName().equals(event.name())) {
				offer.renameOrganisation(event.name());
			}
		}
	}

	private String uniqueSlug(LocalizedText title, OfferId id) {
		var base = Slug.of(title.get(LocalizedText.GERMAN).orElse(""));
		if (base.isEmpty()) {
			base = "angebot-" + id.value().toString().substring(0, 8);
		}
		var slug = base;
		for (int n = 2; offers.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}
}
