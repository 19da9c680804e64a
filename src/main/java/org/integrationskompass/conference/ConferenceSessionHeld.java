package org.integrationskompass.conference;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A session of the integration conference was published (it took place or is announced).
 *
 * @param sessionId the session
 * @param date its day in Hessen
 */
public record ConferenceSessionHeld(UUID sessionId, LocalDate date) {
}
