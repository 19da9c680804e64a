package org.integrationskompass.offers.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * The search conditions the public search and the back office's export share, so that an export of a search
 * contains exactly the offers the search shows (apart from the status).
 */
final class OfferConditions {

	/** The index field of the places' coordinates (points index and doc values under one name). */
	static final String LOCATION = "places.location";

	private OfferConditions() {
	}

	/** Every word must match somewhere; the title counts most, then the organisation, then the rest. */
	static void text(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> all, String text) {
		if (text.isBlank()) {
			return;
		}
		all.must(f.simpleQueryString()
			.field("title").boost(3f)
			.field("title_joined").boost(3f)
			.field("organisation").boost(2f)
			.field("body")
			.field("body_joined")
			.matching(text)
			.defaultOperator(BooleanOperator.AND)
			.flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE,
					SimpleQueryFlag.PRECEDENCE));
	}

	/**
	 * An offer is near when any of its places lies within the radius. On the embedded Lucene backend the circle is
	 * checked offer by offer ({@link RadiusQuery}) after the cheaper conditions; other backends use the standard
	 * spatial predicate.
	 */
	static void near(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> all, @Nullable GeoPoint center,
			int radiusKm) {
		if (center == null) {
			return;
		}
		all.filter(f.extension()
			.ifSupported(LuceneExtension.get(),
					lucene -> lucene.fromLuceneQuery(
							new RadiusQuery(LOCATION, center.latitude(), center.longitude(), radiusKm * 1000d)))
			.orElse(other -> other.spatial().within().field(LOCATION).circle(center, radiusKm,
					DistanceUnit.KILOMETERS)));
	}

	/**
	 * Offers that have not ended: written as "not ended before today", which excludes the few ended offers instead
	 * of collecting the many current and open-ended ones on every search.
	 */
	static void current(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> all, LocalDate today) {
		all.mustNot(f.range().field("endsOn").lessThan(today));
	}

	/** Values of one facet widen (any of them), facets narrow (all of them); {@code except} is left out. */
	static void facets(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> all,
			Map<SearchFacet, Set<String>> filters, @Nullable SearchFacet except) {
		for (var entry : filters.entrySet()) {
			if (entry.getKey() == except) {
				continue;
			}
			var anyOf = f.bool();
			for (var value : entry.getValue()) {
				anyOf.should(f.match().field(entry.getKey().field()).matching(valueFor(entry.getKey(), value)));
			}
			all.filter(anyOf);
		}
	}

	private static Object valueFor(SearchFacet facet, String value) {
		return switch (facet) {
			case FREE -> Boolean.parseBoolean(value);
			case MODE -> OfferMode.valueOf(value);
			default -> value;
		};
	}
}
