package org.integrationskompass.organisations;

import org.jspecify.annotations.Nullable;

/**
 * An organisation as other modules see it.
 *
 * @param kreisKey the Kreis of the organisation's address, or null when it has none (an online-only organisation)
 */
public record OrganisationSummary(OrganisationId id, String slug, String name, OrganisationKind kind,
		@Nullable String kreisKey, @Nullable String city, boolean verified, @Nullable Fachstelle fachstelle,
		boolean demo) {
}
