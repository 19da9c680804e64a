package org.integrationskompass.offers.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.integrationskompass.organisations.OrganisationId;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Everything an editor (or an import) sets on an offer, validated by the caller. {@code description} is HTML that
 * has already passed the sanitiser.
 *
 * @param languages codes from {@code SpokenLanguages}
 * @param startsOn with {@code endsOn} the period; both null for an ongoing offer
 */
public record OfferDetails(LocalizedText title, LocalizedText summary, LocalizedText description,
		OrganisationId organisation, String organisationName, Set<Topic> topics, Set<TargetGroup> targetGroups,
		Set<String> languages, OfferMode mode, boolean freeOfCharge, LocalizedText costNote, List<PlaceDetails> places,
		@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String registrationUrl,
		@Nullable Integer freePlaces, @Nullable String contactName, @Nullable String contactEmail,
		@Nullable String contactPhone, LocalizedText cooperationPartners, LocalizedText activities,
		LocalDate lastConfirmedOn, OfferStatus status) {
}
