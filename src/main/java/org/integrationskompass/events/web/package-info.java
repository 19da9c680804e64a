/** The public side of events: calendar files (and, in later steps, the calendar and event pages). */
@NullMarked
package org.integrationskompass.events.web;

import org.jspecify.annotations.NullMarked;
