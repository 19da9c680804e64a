package org.integrationskompass.offers.domain;

/** How an offer is held; message key {@code offers.mode.<NAME>}. */
public enum OfferMode {

	IN_PERSON, ONLINE, HYBRID;

	/** An online-only offer has no place; the others need at least one. */
	public boolean needsPlace() {
		return this != ONLINE;
	}

	public String messageKey() {
		return "offers.mode." + name();
	}
}
