package org.integrationskompass.contracts.domain;

import java.time.LocalDate;
import java.util.List;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * What staff enter about a contract (everything except measures and documents), already checked.
 *
 * @param signingEventSlug the event of the calendar at which it was signed
 * @param announcementUrl a link to the news item or press release about the signing
 * @param eventSlugs related events of the calendar
 * @param offerSlugs related offers
 */
public record ContractDetails(LocalizedText title, LocalizedText topic, LocalizedText summary,
		LocalizedText legalBasis, List<ContractPartner> partners, @Nullable LocalDate signedOn,
		@Nullable String signingEventSlug, @Nullable String announcementUrl, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn, Funding funding, List<String> eventSlugs, List<String> offerSlugs) {

	public ContractDetails {
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("the term ends before it starts");
		}
		partners = List.copyOf(partners);
		eventSlugs = List.copyOf(eventSlugs);
		offerSlugs = List.copyOf(offerSlugs);
	}
}
