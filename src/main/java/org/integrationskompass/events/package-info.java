/**
 * Events and trainings of the ministry, the Kompetenzzentrum and providers, with registration: capacity that is
 * enforced in the database transaction, a waiting list in order of arrival that is offered freed seats, and
 * (later steps of issue #4) the public calendar, mails, the back office and retention of registrations.
 */
@ApplicationModule(displayName = "Events", allowedDependencies = { "shared :: *" })
@NullMarked
package org.integrationskompass.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
