/** Events and registrations as stored; capacity and waiting list rules. Internal to the module. */
@NullMarked
package org.integrationskompass.events.domain;

import org.jspecify.annotations.NullMarked;
