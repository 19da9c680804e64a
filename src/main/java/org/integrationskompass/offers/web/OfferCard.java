package org.integrationskompass.offers.web;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.integrationskompass.offers.domain.OfferSearchResult;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.domain.SpokenLanguages;
import org.integrationskompass.shared.domain.Translation;
import org.jspecify.annotations.Nullable;

/**
 * A search result as the page shows it, with its texts already in the page language (a page holds twenty cards;
 * resolving their labels here keeps the template to plain output).
 *
 * @param path the offer page without language prefix
 * @param distanceKm distance of the nearest place, rounded to 100 m, or null without a place in the search
 * @param distanceLabel the distance as the badge shows it, or null without a place in the search
 * @param languages codes of the languages the offer is held in
 * @param languageNames their names in the page language, joined
 */
public record OfferCard(String path, Translation title, Translation summary, String organisationName,
		@Nullable Double distanceKm, @Nullable String distanceLabel, List<String> places, String modeLabel,
		boolean free, String costLabel, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
		@Nullable Integer freePlaces, List<String> languages, String languageNames, boolean demo) {

	static OfferCard of(OfferSearchResult.Hit hit, PageText text) {
		var teaser = hit.teaser();
		var locale = text.locale();
		var distance = hit.distanceKm() == null ? null : Math.round(hit.distanceKm() * 10) / 10d;
		return new OfferCard("/angebote/" + teaser.slug(), LocalizedText.of(teaser.title()).in(locale),
				LocalizedText.of(teaser.summary()).in(locale), teaser.organisationName(), distance,
				distance == null ? null : text.message("offers.card.distance", text.decimal(distance)),
				teaser.places(), text.message(teaser.mode().messageKey()), teaser.freeOfCharge(),
				text.message(teaser.freeOfCharge() ? "offers.card.free" : "offers.card.fee"), teaser.startsOn(),
				teaser.endsOn(), teaser.freePlaces(), teaser.languages(),
				teaser.languages().stream()
					.map(code -> text.message(SpokenLanguages.messageKey(code)))
					.collect(Collectors.joining(", ")),
				teaser.demo());
	}
}
