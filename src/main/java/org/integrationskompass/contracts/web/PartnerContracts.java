package org.integrationskompass.contracts.web;

import java.util.Locale;
import java.util.Optional;
import org.integrationskompass.contracts.domain.ContractRepository;
import org.integrationskompass.contracts.domain.ContractStatus;
import org.integrationskompass.organisations.OrganisationId;
import org.integrationskompass.organisations.OrganisationProfileContent;
import org.integrationskompass.organisations.ProfileSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published integration contracts an organisation is a partner of, on its profile page; nothing when there are
 * none. All contracts are read and filtered here: a state has a handful of them.
 */
@Component
class PartnerContracts implements OrganisationProfileContent {

	static final int ORDER = 30;

	private final ContractRepository contracts;

	PartnerContracts(ContractRepository contracts) {
		this.contracts = contracts;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProfileSection> sectionFor(OrganisationId organisation, Locale locale) {
		var entries = contracts.findByStatus(ContractStatus.PUBLISHED).stream()
			.filter(contract -> contract.partners().stream()
				.anyMatch(partner -> organisation.value().equals(partner.organisationId())))
			.sorted(ContractViews.NEWEST_SIGNING_FIRST)
			.map(contract -> {
				var title = contract.title().in(locale);
				var topic = contract.topic().get(title.language()).orElse(null);
				return new ProfileSection.Entry(title.text(), topic, ContractController.LIST + "/" + contract.slug(),
						title.language());
			})
			.toList();
		return entries.isEmpty() ? Optional.empty()
				: Optional.of(new ProfileSection("contracts.profile.title", entries, ORDER));
	}
}
