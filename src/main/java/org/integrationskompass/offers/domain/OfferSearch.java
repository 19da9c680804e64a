package org.integrationskompass.offers.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.common.SortMode;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public offer search on the Lucene index. A page of results is one query, plus one more per facet that has
 * a selection (its counts must ignore its own selection). Results come from the stored teasers; the database is
 * not read.
 */
@Service
public class OfferSearch {

	static final int MAX_FACET_VALUES = 100;

	private final EntityManager entityManager;

	OfferSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public OfferSearchResult search(OfferQuery query) {
		var session = Search.session(entityManager);
		SearchScope<Offer> scope = session.scope(Offer.class);
		var f = scope.predicate();
		var center = query.near() == null ? null
				: GeoPoint.of(query.near().latitude(), query.near().longitude());

		var keys = new EnumMap<SearchFacet, AggregationKey<Map<Object, Long>>>(SearchFacet.class);
		var request = session.search(scope)
			.select(pf -> center == null
					? pf.composite().from(pf.field("teaser", String.class), pf.constant(List.<Double>of())).asList()
					: pf.composite()
						.from(pf.field("teaser", String.class),
								pf.distance(OfferConditions.LOCATION, center).list().unit(DistanceUnit.KILOMETERS))
						.asList())
			.where(filtered(f, query, null, center));
		for (var facet : SearchFacet.values()) {
			if (query.selected(facet).isEmpty()) {
				var key = AggregationKey.<Map<Object, Long>>of("facet-" + facet.name());
				keys.put(facet, key);
				request = request.aggregation(key, af -> terms(af, facet));
			}
		}
		var result = request
			.sort(sf -> center != null ? sf.distance(OfferConditions.LOCATION, center).mode(SortMode.MIN).then().score()
					: query.text().isBlank() ? sf.field("title_sort") : sf.score().then().field("title_sort"))
			.fetch(query.page() * query.pageSize(), query.pageSize());

		var facets = new EnumMap<SearchFacet, Map<String, Long>>(SearchFacet.class);
		keys.forEach((facet, key) -> facets.put(facet, asStrings(result.aggregation(key))));
		for (var facet : SearchFacet.values()) {
			if (!query.selected(facet).isEmpty()) {
				var key = AggregationKey.<Map<Object, Long>>of("facet-" + facet.name());
				var counts = session.search(scope)
					.where(filtered(f, query, facet, center))
					.aggregation(key, af -> terms(af, facet))
					.fetch(0);
				facets.put(facet, asStrings(counts.aggregation(key)));
			}
		}

		var hits = new ArrayList<OfferSearchResult.Hit>();
		for (var row : result.hits()) {
			@SuppressWarnings("unchecked")
			var distances = (List<Double>) row.get(1);
			Double nearest = center == null ? null
					: distances.stream().filter(d -> d != null).min(Double::compare).orElse(null);
			hits.add(new OfferSearchResult.Hit(OfferTeaser.fromJson((String) row.get(0)), nearest));
		}
		return new OfferSearchResult(List.copyOf(hits), result.total().hitCount(), facets, query.page(),
				query.pageSize());
	}

	/** Every condition of the query, leaving out the selection of {@code except} (for that facet's counts). */
	private static SearchPredicate filtered(SearchPredicateFactory f, OfferQuery query,
			@Nullable SearchFacet except, @Nullable GeoPoint center) {
		var all = f.bool();
		all.filter(f.match().field("status").matching(OfferStatus.PUBLISHED));
		OfferConditions.current(f, all, query.today());
		OfferConditions.text(f, all, query.text());
		OfferConditions.near(f, all, center, query.radiusKm());
		OfferConditions.facets(f, all, query.filters(), except);
		return all.toPredicate();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static AggregationFinalStep<Map<Object, Long>> terms(SearchAggregationFactory af, SearchFacet facet) {
		Class type = facet == SearchFacet.FREE ? Boolean.class : String.class;
		return (AggregationFinalStep) af.terms().field(facet.field(), type, ValueModel.INDEX)
			.maxTermCount(MAX_FACET_VALUES);
	}

	private static Map<String, Long> asStrings(Map<?, Long> counts) {
		var strings = new LinkedHashMap<String, Long>();
		counts.forEach((value, count) -> strings.put(value instanceof Enum<?> e ? e.name() : String.valueOf(value), count));
		return strings;
	}
}
