package org.integrationskompass.offers.domain;

/**
 * Only published offers are visible to the public; archived ones stay for the record. Paused offers were not
 * confirmed in time (see {@link OfferFreshness}): hidden like drafts until someone confirms them.
 */
public enum OfferStatus {

	DRAFT, PUBLISHED, PAUSED, ARCHIVED;

	public String messageKey() {
		return "offers.status." + name();
	}
}
