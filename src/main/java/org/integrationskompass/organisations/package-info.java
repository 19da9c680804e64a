/**
 * The directory of organisations (Träger) that run integration offers: associations, migrant organisations,
 * Lots*innen projects, municipalities, welfare and education providers. Public directory with a statewide map,
 * profile pages and the back office for staff. Other modules hold an {@code OrganisationId} and ask
 * {@code OrganisationDirectory}; they add sections to the profile page through {@code OrganisationProfileContent}.
 * Publishes {@code OrganisationChanged}; consumes no events.
 */
@ApplicationModule(displayName = "Organisations", allowedDependencies = { "regions", "shared :: *" })
@NullMarked
package org.integrationskompass.organisations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
