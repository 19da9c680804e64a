/**
 * The audit log: who changed which organisation, offer, event or integration contract, when, and what changed.
 * Entities opt in with {@code shared.persistence.ChangeLogged}; the log is written from Hibernate's change events in
 * the changing transaction, so no module calls it and it depends on none of them. Publishes and consumes no events.
 */
@ApplicationModule(displayName = "Audit log", allowedDependencies = { "shared :: *" })
@NullMarked
package org.integrationskompass.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
