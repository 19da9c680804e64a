package org.integrationskompass.offers.domain;

import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A place as entered and resolved: the Kreis and coordinates come from the postcode (or from staff) before it
 * gets here.
 *
 * @param barrierFree null when not known
 */
public record PlaceDetails(@Nullable String label, @Nullable String street, String postcode, String city,
		@Nullable String ags, String kreisKey, double latitude, double longitude, LocalizedText openingHours,
		boolean byAppointment, @Nullable Boolean barrierFree) {
}
