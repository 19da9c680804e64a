/** The back office of events: event editing, registrations and waiting list, messages, check-in and exports. */
@NullMarked
package org.integrationskompass.events.admin;

import org.jspecify.annotations.NullMarked;
