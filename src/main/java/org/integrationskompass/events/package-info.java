/**
 * Events and trainings of the ministry, the Kompetenzzentrum and providers, with registration: capacity that is
 * enforced in the database transaction, a waiting list in order of arrival that is offered freed seats, and
 * the public calendar with registration, mails in the registrant's language, the back office and retention of
 * registrations.
 */
@ApplicationModule(displayName = "Events", allowedDependencies = { "shared :: *", "organisations", "regions" })
@NullMarked
package org.integrationskompass.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
