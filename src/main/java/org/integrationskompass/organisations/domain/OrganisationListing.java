package org.integrationskompass.organisations.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.integrationskompass.shared.domain.SpokenLanguages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's lists and its counts per Kreis. The directory holds a few hundred organisations, so it is read
 * whole and filtered in memory: one query, and the list and the map's counts can never disagree.
 */
@Service
public class OrganisationListing {

	private final OrganisationRepository organisations;

	OrganisationListing(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	/** The organisations matching the filter, by name. */
	@Transactional(readOnly = true)
	public List<ListedOrganisation> find(DirectoryFilter filter) {
		var collator = Collator.getInstance(Locale.GERMAN);
		return all().stream()
			.filter(filter::matches)
			.sorted(Comparator.comparing((ListedOrganisation o) -> o.summary().name(), collator))
			.toList();
	}

	/** How many organisations match the filter in each Kreis; Kreise without any are missing. */
	@Transactional(readOnly = true)
	public Map<String, Long> countPerKreis(DirectoryFilter filter) {
		return all().stream()
			.filter(filter::matches)
			.map(o -> o.summary().kreisKey())
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(key -> key, Collectors.counting()));
	}

	private List<ListedOrganisation> all() {
		return organisations.findAllWithLanguages().stream()
			.map(o -> new ListedOrganisation(o.asSummary(), SpokenLanguages.CODES.stream()
				.filter(o.languages()::contains)
				.toList(), o.updated()))
			.toList();
	}
}
