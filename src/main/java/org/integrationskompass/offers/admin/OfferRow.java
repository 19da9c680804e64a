package org.integrationskompass.offers.admin;

import java.time.Instant;
import java.util.List;
import org.integrationskompass.offers.domain.Offer;
import org.integrationskompass.offers.domain.OfferStatus;
import org.integrationskompass.shared.domain.LocalizedText;

/** One line of the back office's offer list. */
record OfferRow(String id, String slug, LocalizedText title, String organisationName, OfferStatus status,
		List<String> places, Instant updated, boolean demo) {

	static OfferRow of(Offer offer) {
		return new OfferRow(offer.id().toString(), offer.slug(), offer.title(), offer.organisationName(),
				offer.status(), offer.teaser().places(), offer.updated(), offer.demo());
	}
}
