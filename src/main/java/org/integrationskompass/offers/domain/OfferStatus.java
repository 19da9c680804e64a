package org.integrationskompass.offers.domain;

/** Only published offers are visible to the public; archived ones stay for the record. */
public enum OfferStatus {

	DRAFT, PUBLISHED, ARCHIVED;

	public String messageKey() {
		return "offers.status." + name();
	}
}
