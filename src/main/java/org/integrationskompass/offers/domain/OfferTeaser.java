package org.integrationskompass.offers.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a search result shows, stored with the offer in the search index so that a result page needs no database
 * query. Written as JSON by {@link Offer#getTeaserJson()}.
 *
 * @param title translations of the title by language
 * @param summary translations of the summary by language
 * @param places the towns of the offer's places, in the offer's order
 */
public record OfferTeaser(String id, String slug, Map<String, String> title, Map<String, String> summary,
		String organisationName, OfferMode mode, boolean freeOfCharge, List<String> places,
		List<String> kreisKeys, List<String> languages, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
		@Nullable Integer freePlaces, LocalDate lastConfirmedOn, boolean demo) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public String toJson() {
		return JSON.writeValueAsString(this);
	}

	public static OfferTeaser fromJson(String json) {
		return JSON.readValue(json, OfferTeaser.class);
	}
}
