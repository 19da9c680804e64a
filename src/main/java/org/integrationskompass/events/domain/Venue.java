package org.integrationskompass.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * Where an event takes place in person.
 *
 * @param kreisKey the Kreis (AGS key, five digits) for the calendar's Kreis filter
 */
@Embeddable
public record Venue(@Column(name = "venue_name") @Nullable String name,
		@Column(name = "venue_street") @Nullable String street,
		@Column(name = "venue_postcode") @Nullable String postcode,
		@Column(name = "venue_city") @Nullable String city,
		@Column(name = "venue_kreis_key") @Nullable String kreisKey,
		@Column(name = "venue_latitude") @Nullable Double latitude,
		@Column(name = "venue_longitude") @Nullable Double longitude) {

	public static Venue none() {
		return new Venue(null, null, null, null, null, null, null);
	}

	public boolean isEmpty() {
		return city == null && name == null;
	}

	/** "Haus der Vereine, Hauptstraße 1, 35390 Gießen": the parts there are, in address order. */
	public String oneLine() {
		var place = java.util.stream.Stream.of(postcode, city)
			.filter(part -> part != null && !part.isBlank())
			.collect(java.util.stream.Collectors.joining(" "));
		return java.util.stream.Stream.of(name, street, place)
			.filter(part -> part != null && !part.isBlank())
			.collect(java.util.stream.Collectors.joining(", "));
	}
}
