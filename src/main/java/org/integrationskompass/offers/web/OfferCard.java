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
 * @param distanceLabel distance of the nearest place, rounded to 100 m, as the badge shows it; null without a place
 *        in the search
 * @param languageNames the names of the languages the offer is held in, in the page language, joined; empty without
 */
public record OfferCard(String path, Translation title, Translation summary, String organisationName,
		@Nullable String distanceLabel, List<String> places, String modeLabel, String costLabel,
		@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable Integer freePlaces, String languageNames,
		boolean demo) {

	static OfferCard of(OfferSearchResult.Hit hit, PageText text) {
		var teaser = hit.teaser();
		var locale = text.locale();
		var distance = hit.distanceKm() == null ? null : Math.round(hit.distanceKm() * 10) / 10d;
		return new OfferCard("/angebote/" + teaser.slug(), LocalizedText.of(teaser.title()).in(locale),
				LocalizedText.of(teaser.summary()).in(locale), teaser.organisationName(),
				distance == null ? null : text.message("offers.card.distance", text.decimal(distance)),
				teaser.places(), text.message(teaser.mode().messageKey()),
				text.message(teaser.freeOfCharge() ? "offers.card.free" : "offers.card.fee"), teaser.startsOn(),
				teaser.endsOn(), teaser.freePlaces(),
				teaser.languages().stream()
					.map(code -> text.message(SpokenLanguages.messageKey(code)))
					.collect(Collectors.joining(", ")),
				teaser.demo());
	}
}
