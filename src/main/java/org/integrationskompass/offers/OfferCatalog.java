package org.integrationskompass.offers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.integrationskompass.offers.domain.OfferRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The offers for other modules: a public offer by its address, for linking to it. */
@Service
public class OfferCatalog {

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	private final OfferRepository offers;

	private final Clock clock;

	OfferCatalog(OfferRepository offers, ObjectProvider<Clock> clock) {
		this.offers = offers;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The offer when visitors may see it today (published and not over); empty otherwise. */
	@Transactional(readOnly = true)
	public Optional<OfferLink> findBySlug(String slug) {
		var today = LocalDate.now(clock.withZone(OFFICE_ZONE));
		return offers.findBySlug(slug)
			.filter(offer -> offer.isVisibleOn(today))
			.map(offer -> new OfferLink(offer.id(), offer.slug(), offer.title()));
	}
}
