package org.integrationskompass.offers;

import java.util.UUID;

/** Identifies an offer. */
public record OfferId(UUID value) {

	public static OfferId random() {
		return new OfferId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
