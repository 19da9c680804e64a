package org.integrationskompass.events.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** Everything staff set on an event, checked and parsed by the back-office form. */
public record EventDetails(LocalizedText title, LocalizedText teaser, LocalizedText description, EventType type,
		EventCategory category, @Nullable UUID organisationId, Instant startsAt, Instant endsAt, Venue venue,
		boolean online, @Nullable String meetingLink, boolean stepFree, boolean inductionLoop,
		boolean signLanguageOnRequest, LocalizedText accessibilityNote, Set<String> languages, int capacity,
		int maxSeatsPerRegistration, @Nullable Instant registrationOpensAt, @Nullable Instant registrationClosesAt,
		LocalizedText imageAlt, @Nullable String imageCredit) {
}
