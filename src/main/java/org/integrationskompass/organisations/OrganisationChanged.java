package org.integrationskompass.organisations;

/** An organisation was created or its details changed; modules that copy its name refresh their copy. */
public record OrganisationChanged(OrganisationId id, String name) {
}
