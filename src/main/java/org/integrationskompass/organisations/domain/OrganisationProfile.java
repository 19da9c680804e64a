package org.integrationskompass.organisations.domain;

import java.time.Instant;
import java.util.Optional;
import org.integrationskompass.organisations.OrganisationSummary;

/** An organisation's public profile: its details and, if it has a logo, when that logo last changed. */
public record OrganisationProfile(OrganisationSummary summary, OrganisationDetails details, Optional<Instant> logoUpdated) {
}
