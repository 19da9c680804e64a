/**
 * Integration offers: courses, counselling, Lots*innen services, meeting places. Public search (free text with
 * German stemming and compound words, facets, radius around a place), offer pages, and the back office with CSV
 * import and export, and the freshness cycle (reminders to providers, pausing offers not confirmed in time, a
 * dashboard). Offers belong to an organisation ({@code OrganisationId}) and lie in Kreise (regions).
 * Consumes {@code OrganisationChanged} to keep the organisation's name current in the search index; adds the
 * organisation's offers to its profile page. Publishes no events yet.
 */
@ApplicationModule(displayName = "Offers", allowedDependencies = { "organisations", "regions", "shared :: *" })
@NullMarked
package org.integrationskompass.offers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
