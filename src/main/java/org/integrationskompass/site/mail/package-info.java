/** Mails about accessibility feedback: to the office and a confirmation to the sender, with retries. */
@NullMarked
package org.integrationskompass.site.mail;

import org.jspecify.annotations.NullMarked;
