package org.integrationskompass.contracts.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.integrationskompass.contracts.domain.ContractFormats;
import org.integrationskompass.contracts.domain.IntegrationContract;
import org.integrationskompass.contracts.domain.OverallProgress;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.organisations.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds what the public pages show of contracts: partners with their profile links, dates and numbers in the page language. */
@Component
class ContractViews {

	static final Comparator<IntegrationContract> NEWEST_SIGNING_FIRST = Comparator
		.comparing(IntegrationContract::signedOn, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(IntegrationContract::slug);

	private final OrganisationDirectory organisations;

	ContractViews(OrganisationDirectory organisations) {
		this.organisations = organisations;
	}

	List<ContractCard> cards(List<IntegrationContract> contracts, Locale locale) {
		var ids = contracts.stream().flatMap(contract -> contract.partners().stream())
			.map(partner -> partner.organisationId()).filter(Objects::nonNull)
			.map(OrganisationId::new).distinct().toList();
		var known = organisations.findAll(ids);
		return contracts.stream().map(contract -> new ContractCard(contract.slug(), contract, partners(contract, known),
				signedOn(contract, locale), amount(contract, locale), progressText(contract.overallProgress(), locale)))
			.toList();
	}

	ContractCard card(IntegrationContract contract, Locale locale) {
		return cards(List.of(contract), locale).get(0);
	}

	private static List<PartnerLink> partners(IntegrationContract contract,
			java.util.Map<OrganisationId, org.integrationskompass.organisations.OrganisationSummary> known) {
		var links = new ArrayList<PartnerLink>();
		for (var partner : contract.partners()) {
			var summary = partner.organisationId() == null ? null
					: known.get(new OrganisationId(Objects.requireNonNull(partner.organisationId())));
			links.add(summary == null ? new PartnerLink(partner.name(), null)
					: new PartnerLink(summary.name(), "/organisationen/" + summary.slug()));
		}
		return links;
	}

	static @Nullable String signedOn(IntegrationContract contract, Locale locale) {
		return contract.signedOn() == null ? null : ContractFormats.date(Objects.requireNonNull(contract.signedOn()), locale);
	}

	static @Nullable String amount(IntegrationContract contract, Locale locale) {
		var amount = contract.funding().amount();
		return amount == null ? null : ContractFormats.euros(amount, locale);
	}

	static @Nullable String progressText(OverallProgress progress, Locale locale) {
		return progress.percent() == null ? null : ContractFormats.percent(Objects.requireNonNull(progress.percent()), locale);
	}

	/**
	 * A contract in a list.
	 *
	 * @param amount the funding amount in the page's format, or null
	 * @param percent the overall progress in the page's format, or null when there are no measures
	 */
	record ContractCard(String slug, IntegrationContract contract, List<PartnerLink> partners, @Nullable String signedOn,
			@Nullable String amount, @Nullable String percent) {
	}

	/** A partner: linked to its profile when the directory has it. */
	record PartnerLink(String name, @Nullable String path) {
	}

	/** A document on the contract page. */
	record DocumentLink(UUID id, org.integrationskompass.shared.domain.LocalizedText title, String size,
			boolean accessible) {
	}

	/** A related event or offer. */
	record RelatedLink(org.integrationskompass.shared.domain.LocalizedText title, String path) {
	}
}
