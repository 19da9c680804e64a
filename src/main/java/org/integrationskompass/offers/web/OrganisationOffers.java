package org.integrationskompass.offers.web;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.integrationskompass.offers.domain.OfferLookup;
import org.integrationskompass.organisations.OrganisationId;
import org.integrationskompass.organisations.OrganisationProfileContent;
import org.integrationskompass.organisations.ProfileSection;
import org.springframework.stereotype.Component;

/** The organisation's public offers on its profile page, by title; nothing when it has none. */
@Component
class OrganisationOffers implements OrganisationProfileContent {

	static final int ORDER = 10;

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	private final OfferLookup offers;

	OrganisationOffers(OfferLookup offers) {
		this.offers = offers;
	}

	@Override
	public Optional<ProfileSection> sectionFor(OrganisationId organisation, Locale locale) {
		var today = LocalDate.now(OFFICE_ZONE);
		var collator = Collator.getInstance(locale);
		var entries = offers.byOrganisation(organisation, offer -> {
			if (!offer.isVisibleOn(today)) {
				return Optional.<ProfileSection.Entry>empty();
			}
			var title = offer.title().in(locale);
			var summary = offer.summary().get(title.language()).orElse(null);
			return Optional.of(new ProfileSection.Entry(title.text(), summary, "/angebote/" + offer.slug(),
					title.language()));
		})
			.stream()
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(ProfileSection.Entry::title, collator))
			.toList();
		return entries.isEmpty() ? Optional.empty()
				: Optional.of(new ProfileSection("offers.show.profile.title", entries, ORDER));
	}
}
