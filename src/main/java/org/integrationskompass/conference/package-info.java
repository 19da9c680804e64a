/**
 * The integration conference (Integrationskonferenz) in public: its member organisations, its working groups with
 * their members, its plenary and working-group sessions with agenda, minutes, PDF documents and results linked to
 * measures of the integration plan, and the back office that keeps them. Members refer to organisations of the
 * directory and results to plan measures by ID only. Publishes {@link ConferenceSessionHeld} when a session is
 * published; consumes nothing.
 */
@ApplicationModule(displayName = "Integration conference",
		allowedDependencies = { "shared :: *", "organisations", "plan" })
@NullMarked
package org.integrationskompass.conference;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
