package org.integrationskompass.organisations;

import java.util.Locale;
import java.util.Optional;

/**
 * A section other modules add to an organisation's public profile page (for example its offers). A service
 * provider interface, because the modules that know the content depend on this one, not the other way round.
 */
public interface OrganisationProfileContent {

	/** The section for this organisation, or empty when there is nothing to show. */
	Optional<ProfileSection> sectionFor(OrganisationId organisation, Locale locale);
}
