package org.integrationskompass.organisations.domain;

import org.integrationskompass.organisations.OrganisationSummary;

/** An organisation as an edit form needs it: its current details and the version they were read at. */
public record EditableOrganisation(OrganisationSummary summary, OrganisationDetails details, long version) {
}
