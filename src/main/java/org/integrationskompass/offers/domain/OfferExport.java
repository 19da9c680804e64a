package org.integrationskompass.offers.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The back office's export of an offer search: the filters of the public search plus the status (staff also
 * export drafts and archived offers, and offers that have ended), written row by row in the CSV import's columns
 * ({@link OfferCsvFormat}), so that an exported file can be edited and imported again.
 */
@Service
public class OfferExport {

	/** More than the state will ever have; bounds the memory one export needs for the IDs. */
	public static final int MAX_ROWS = 200_000;

	private static final int CHUNK = 200;

	private final EntityManager entityManager;

	private final OfferRepository offers;

	private final OrganisationDirectory organisations;

	OfferExport(EntityManager entityManager, OfferRepository offers, OrganisationDirectory organisations) {
		this.entityManager = entityManager;
		this.offers = offers;
		this.organisations = organisations;
	}

	/**
	 * A search to export; like {@link OfferQuery} without paging.
	 *
	 * @param statuses empty for every status
	 */
	public record Criteria(String text, OfferQuery.@Nullable Point near, int radiusKm,
			Map<SearchFacet, Set<String>> filters, Set<OfferStatus> statuses) {

		public Criteria {
			var copy = new EnumMap<SearchFacet, Set<String>>(SearchFacet.class);
			filters.forEach((facet, values) -> {
				if (!values.isEmpty()) {
					copy.put(facet, Set.copyOf(values));
				}
			});
			filters = Map.copyOf(copy);
			statuses = Set.copyOf(statuses);
		}
	}

	/** Receives the exported table: the header first, then one row per offer. */
	public interface Sink {

		void header(List<String> columns);

		void row(List<String> values);
	}

	/** Writes the matching offers, sorted by title, and returns how many. */
	@Transactional(readOnly = true)
	public int export(Criteria criteria, Sink sink) {
		var ids = matchingIds(criteria);
		var placeGroups = 1;
		for (int from = 0; from < ids.size(); from += CHUNK) {
			var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			var most = entityManager
				.createQuery("select max(p.position) from OfferPlace p where p.offer.id in :ids", Integer.class)
				.setParameter("ids", chunk)
				.getSingleResult();
			if (most != null) {
				placeGroups = Math.max(placeGroups, most + 1);
			}
		}
		sink.header(OfferCsvFormat.header(placeGroups));
		for (int from = 0; from < ids.size(); from += CHUNK) {
			var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			var loaded = offers.findAllById(chunk).stream().collect(Collectors.toMap(o -> o.id().value(), o -> o));
			var owners = organisations.findAll(loaded.values().stream().map(Offer::organisation).distinct().toList());
			for (var id : chunk) {
				var offer = loaded.get(id);
				if (offer != null) {
					var owner = owners.get(offer.organisation());
					sink.row(OfferCsvFormat.row(offer, owner == null ? "" : owner.slug(), placeGroups));
				}
			}
			entityManager.clear();
		}
		return ids.size();
	}

	private List<UUID> matchingIds(Criteria criteria) {
		var session = Search.session(entityManager);
		var scope = session.scope(Offer.class);
		var f = scope.predicate();
		var hits = session.search(scope)
			.select(pf -> pf.id(UUID.class))
			.where(predicate(f, criteria))
			.sort(sf -> sf.field("title_sort"))
			.fetchHits(MAX_ROWS);
		return new ArrayList<>(hits);
	}

	/** The public search's conditions ({@link OfferConditions}), with the status chosen instead of "published". */
	private static SearchPredicate predicate(SearchPredicateFactory f, Criteria criteria) {
		var all = f.bool();
		all.must(f.matchAll());
		if (!criteria.statuses().isEmpty()) {
			var anyStatus = f.bool();
			criteria.statuses().forEach(status -> anyStatus.should(f.match().field("status").matching(status)));
			all.filter(anyStatus);
		}
		OfferConditions.text(f, all, criteria.text());
		OfferConditions.near(f, all, criteria.near() == null ? null
				: GeoPoint.of(criteria.near().latitude(), criteria.near().longitude()), criteria.radiusKm());
		OfferConditions.facets(f, all, criteria.filters(), null);
		return all.toPredicate();
	}
}
