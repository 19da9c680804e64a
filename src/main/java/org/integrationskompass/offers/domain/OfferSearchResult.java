package org.integrationskompass.offers.domain;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of search results with the counts per facet value. The counts of a facet take every other facet's
 * selection into account but not its own, so a visitor sees how many offers each alternative would add.
 */
public record OfferSearchResult(List<Hit> hits, long total, Map<SearchFacet, Map<String, Long>> facets, int page,
		int pageSize) {

	public int pageCount() {
		return (int) Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public Map<String, Long> counts(SearchFacet facet) {
		return facets.getOrDefault(facet, Map.of());
	}

	/** @param distanceKm distance of the nearest place to the search centre, or null without a centre */
	public record Hit(OfferTeaser teaser, @Nullable Double distanceKm) {
	}
}
