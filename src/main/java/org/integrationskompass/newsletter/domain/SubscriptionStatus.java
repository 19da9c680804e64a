package org.integrationskompass.newsletter.domain;

/** Where a subscription stands; only {@link #ACTIVE} ones receive issues. */
public enum SubscriptionStatus {
	PENDING, ACTIVE, UNSUBSCRIBED, DISABLED
}
