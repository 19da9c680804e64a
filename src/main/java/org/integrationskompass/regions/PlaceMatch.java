package org.integrationskompass.regions;

import org.jspecify.annotations.Nullable;

/**
 * A municipality found by postcode or name, with a point to measure distances from.
 *
 * @param municipalityName the municipality's name, e.g. {@code Gießen}
 * @param ags the eight-digit Amtlicher Gemeindeschlüssel, e.g. {@code 06531005}
 * @param kreisKey the Kreis the municipality belongs to (the first five digits of the AGS)
 * @param latitude WGS84; the postcode area's centroid for postcode matches, the official midpoint otherwise
 * @param longitude WGS84
 * @param postcode the postcode that matched, or null for matches by name
 */
public record PlaceMatch(String municipalityName, String ags, String kreisKey, String kreisName, double latitude,
		double longitude, @Nullable String postcode) {
}
