package org.integrationskompass.events.web;

import java.time.Instant;
import org.integrationskompass.events.domain.Availability;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An event as a tile of the calendar, with everything already in words.
 *
 * @param when the date and time in the reader's language (Europe/Berlin)
 * @param place the town, or null for an event only online
 * @param imageVersion a stamp for the image address (cache busting), or null without an image
 * @param availabilityText e.g. "12 Plätze frei"
 */
record EventCard(String slug, LocalizedText title, LocalizedText teaser, String typeKey, String category,
		String categoryKey, Instant startsAt, String when, @Nullable String place, boolean online,
		@Nullable String imageVersion, LocalizedText imageAlt, Availability availability, String availabilityText,
		boolean demo) {
}
