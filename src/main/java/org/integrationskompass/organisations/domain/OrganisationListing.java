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

	/**
	 * The directory page's data from one read: the organisations matching the filter, and how many match the filter
	 * without its Kreis in each Kreis (the overview shows where else there are organisations of this kind).
	 */
	@Transactional(readOnly = true)
	public Directory directory(DirectoryFilter filter) {
		var all = all();
		return new Directory(sortedByName(all.stream().filter(filter::matches).toList()),
				countPerKreis(all, filter.withoutKreis()));
	}

	/** The organisations matching the filter, by name. */
	@Transactional(readOnly = true)
	public List<ListedOrganisation> find(DirectoryFilter filter) {
		return sortedByName(all().stream().filter(filter::matches).toList());
	}

	private static Map<String, Long> countPerKreis(List<ListedOrganisation> organisations, DirectoryFilter filter) {
		return organisations.stream()
			.filter(filter::matches)
			.map(o -> o.summary().kreisKey())
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(key -> key, Collectors.counting()));
	}

	private static List<ListedOrganisation> sortedByName(List<ListedOrganisation> organisations) {
		var collator = Collator.getInstance(Locale.GERMAN);
		return organisations.stream()
			.sorted(Comparator.comparing((ListedOrganisation o) -> o.summary().name(), collator))
			.toList();
	}

	/**
	 * What the directory page shows.
	 *
	 * @param countsPerKreis Kreis key to number of organisations; Kreise without any are missing
	 */
	public record Directory(List<ListedOrganisation> found, Map<String, Long> countsPerKreis) {
	}

	private List<ListedOrganisation> all() {
		return organisations.findAllWithLanguages().stream()
			.map(o -> new ListedOrganisation(o.asSummary(), SpokenLanguages.CODES.stream()
				.filter(o.languages()::contains)
				.toList(), o.updated()))
			.toList();
	}
}
