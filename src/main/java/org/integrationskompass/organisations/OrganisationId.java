package org.integrationskompass.organisations;

import java.util.UUID;

/** Identifies an organisation; other modules store it instead of referring to the organisation's row. */
public record OrganisationId(UUID value) {

	public static OrganisationId random() {
		return new OrganisationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
