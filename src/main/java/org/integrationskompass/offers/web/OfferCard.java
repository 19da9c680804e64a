package org.integrationskompass.offers.web;

import java.time.LocalDate;
import java.util.List;
import org.integrationskompass.offers.domain.OfferSearchResult;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A search result as the page shows it.
 *
 * @param path the offer page without language prefix
 * @param distanceKm distance of the nearest place, rounded to 100 m, or null without a place in the search
 * @param languages codes of the languages the offer is held in
 */
public record OfferCard(String path, LocalizedText title, LocalizedText summary, String organisationName,
		@Nullable Double distanceKm, List<String> places, String modeKey, boolean free, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn, @Nullable Integer freePlaces, List<String> languages, boolean demo) {

	static OfferCard of(OfferSearchResult.Hit hit) {
		var teaser = hit.teaser();
		return new OfferCard("/angebote/" + teaser.slug(), LocalizedText.of(teaser.title()),
				LocalizedText.of(teaser.summary()), teaser.organisationName(),
				hit.distanceKm() == null ? null : Math.round(hit.distanceKm() * 10) / 10d, teaser.places(),
				teaser.mode().messageKey(), teaser.freeOfCharge(), teaser.startsOn(), teaser.endsOn(),
				teaser.freePlaces(), teaser.languages(), teaser.demo());
	}
}
