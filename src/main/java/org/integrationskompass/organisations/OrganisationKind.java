package org.integrationskompass.organisations;

/** What kind of organisation runs an offer; the message key is {@code organisations.kind.<NAME>}. */
public enum OrganisationKind {

	ASSOCIATION, MIGRANT_ORGANISATION, LOTSINNEN_PROJECT, MUNICIPALITY, WELFARE_ORGANISATION, EDUCATION_PROVIDER,
	OTHER;

	public String messageKey() {
		return "organisations.kind." + name();
	}
}
