package org.integrationskompass.organisations;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationskompass.organisations.domain.Organisation;
import org.integrationskompass.organisations.domain.OrganisationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations for other modules: summaries by ID or slug, and the list staff choose from. */
@Service
public class OrganisationDirectory {

	private final OrganisationRepository organisations;

	OrganisationDirectory(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationSummary> find(OrganisationId id) {
		return organisations.findById(id.value()).map(Organisation::asSummary);
	}

	/** The organisation's public email address, for mails about its entries (offers' freshness reminders). */
	@Transactional(readOnly = true)
	public Optional<String> findEmail(OrganisationId id) {
		return organisations.findById(id.value())
			.map(organisation -> organisation.details().email())
			.filter(email -> email != null && !email.isBlank());
	}

	@Transactional(readOnly = true)
	public Optional<OrganisationSummary> findBySlug(String slug) {
		return organisations.findBySlug(slug).map(Organisation::asSummary);
	}

	@Transactional(readOnly = true)
	public Map<OrganisationId, OrganisationSummary> findAll(Collection<OrganisationId> ids) {
		return organisations.findAllById(ids.stream().map(OrganisationId::value).toList()).stream()
			.map(Organisation::asSummary)
			.collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
	}

	/** All organisations by name, for choosing one in a form. */
	@Transactional(readOnly = true)
	public List<OrganisationSummary> all() {
		var collator = Collator.getInstance(Locale.GERMAN);
		return organisations.findAll().stream()
			.map(Organisation::asSummary)
			.sorted(Comparator.comparing(OrganisationSummary::name, collator))
			.toList();
	}
}
