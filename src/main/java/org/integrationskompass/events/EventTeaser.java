package org.integrationskompass.events;

import java.time.Instant;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An event as other modules show it (the home page's next dates).
 *
 * @param type message key suffix of the event type ({@code events.type.<type>})
 * @param category the Kompetenzzentrum's colour category ({@code events.category.<category>})
 * @param city the venue's town, or null for an online-only event
 */
public record EventTeaser(String slug, LocalizedText title, LocalizedText teaser, String type, String category,
		Instant startsAt, Instant endsAt, boolean online, @Nullable String city) {
}
