package org.integrationskompass.offers.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A search for public offers, already validated. Several values of one facet widen the search (either value);
 * different facets narrow it (all of them).
 *
 * @param text free text, empty for none
 * @param near centre of a radius search, or null
 * @param radiusKm radius around {@code near}
 * @param filters selected values per facet; {@link SearchFacet#FREE} uses {@code "true"}
 * @param page zero-based
 * @param today offers that ended before this day are not found
 */
public record OfferQuery(String text, @Nullable Point near, int radiusKm, Map<SearchFacet, Set<String>> filters,
		int page, int pageSize, LocalDate today) {

	public OfferQuery {
		var copy = new EnumMap<SearchFacet, Set<String>>(SearchFacet.class);
		filters.forEach((facet, values) -> {
			if (!values.isEmpty()) {
				copy.put(facet, Set.copyOf(values));
			}
		});
		filters = Map.copyOf(copy);
	}

	public Set<String> selected(SearchFacet facet) {
		return filters.getOrDefault(facet, Set.of());
	}

	/** A point in WGS84. */
	public record Point(double latitude, double longitude) {
	}
}
