package org.integrationskompass.organisations.domain;

import java.time.Instant;
import java.util.List;
import org.integrationskompass.organisations.OrganisationSummary;

/**
 * An organisation as the directory and the back-office list show it.
 *
 * @param languages codes from {@code SpokenLanguages}, in that list's order
 */
public record ListedOrganisation(OrganisationSummary summary, List<String> languages, Instant updated) {
}
