/** Sends the mails in the events outbox to registrants, in their language. */
@NullMarked
package org.integrationskompass.events.mail;

import org.jspecify.annotations.NullMarked;
