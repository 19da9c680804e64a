package org.integrationskompass.events.domain;

import org.jspecify.annotations.Nullable;

/**
 * What a registrant entered, already checked for form (the web form validates; the service checks it against the
 * event).
 *
 * @param consentText the consent text the registrant agreed to, stored with the registration
 * @param language the registrant's page language; their mails go out in it
 */
public record RegistrationRequest(int seats, String name, String email, @Nullable String organisation,
		@Nullable String needs, String consentText, String language) {
}
