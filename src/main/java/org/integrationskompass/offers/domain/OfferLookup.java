package org.integrationskompass.offers.domain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.integrationskompass.offers.OfferId;
import org.integrationskompass.organisations.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads offers for pages. The session is closed when a controller renders (no open-in-view), so callers pass the
 * view they need and it is built while the offer's collections can still load.
 */
@Service
public class OfferLookup {

	private final EntityManager entities;

	private final OfferRepository offers;

	OfferLookup(EntityManager entities, OfferRepository offers) {
		this.entities = entities;
		this.offers = offers;
	}

	@Transactional(readOnly = true)
	public <T> Optional<T> bySlug(String slug, Function<Offer, T> view) {
		return offers.findBySlug(slug).map(view);
	}

	@Transactional(readOnly = true)
	public <T> Optional<T> byId(OfferId id, Function<Offer, T> view) {
		return offers.findById(id.value()).map(view);
	}

	@Transactional(readOnly = true)
	public <T> List<T> byOrganisation(OrganisationId organisation, Function<Offer, T> view) {
		return offers.findByOrganisationId(organisation.value()).stream().map(view).toList();
	}

	/** The titles of the given offers in German, for lists that name offers (reports). */
	@Transactional(readOnly = true)
	public <T> List<T> all(List<OfferId> ids, Function<Offer, T> view) {
		return offers.findAllById(ids.stream().map(OfferId::value).toList()).stream().map(view).toList();
	}

	/**
	 * The back office's list: newest changes first, filtered by status, organisation and a piece of text in the title
	 * (any language) or the organisation's name. Native SQL with only the conditions that apply, so that no untyped
	 * null parameter reaches PostgreSQL.
	 */
	@Transactional(readOnly = true)
	public <T> Page<T> list(@Nullable OfferStatus status, @Nullable OrganisationId organisation, @Nullable String text,
			int page, int size, Function<Offer, T> view) {
		var where = new ArrayList<String>();
		var parameters = new LinkedHashMap<String, Object>();
		if (status != null) {
			where.add("status = :status");
			parameters.put("status", status.name());
		}
		if (organisation != null) {
			where.add("organisation_id = :organisation");
			parameters.put("organisation", organisation.value());
		}
		if (text != null && !text.isBlank()) {
			where.add("(LOWER(title) LIKE :text ESCAPE '\\' OR LOWER(organisation_name) LIKE :text ESCAPE '\\')");
			parameters.put("text", "%" + text.strip().toLowerCase(Locale.ROOT).replaceAll("([%_\\\\])", "\\\\$1") + "%");
		}
		var condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
		var count = entities.createNativeQuery("SELECT COUNT(*) FROM offers_offer" + condition);
		var select = entities.createNativeQuery(
				"SELECT id FROM offers_offer" + condition + " ORDER BY updated_at DESC, id", UUID.class);
		parameters.forEach((name, value) -> {
			count.setParameter(name, value);
			select.setParameter(name, value);
		});
		var total = ((Number) count.getSingleResult()).longValue();
		@SuppressWarnings("unchecked")
		List<UUID> ids = select.setFirstResult(Math.max(0, page) * size).setMaxResults(size).getResultList();
		var found = new LinkedHashMap<UUID, Offer>();
		ids.forEach(id -> found.put(id, null));
		offers.findAllById(ids).forEach(offer -> found.put(offer.id().value(), offer));
		var items = found.values().stream().filter(Objects::nonNull).map(view).toList();
		return new Page<>(items, total, page, size);
	}

	/** One page of a list and the size of the whole list. */
	public record Page<T>(List<T> items, long total, int page, int size) {

		public int pages() {
			return (int) Math.max(1, (total + size - 1) / size);
		}
	}
}
