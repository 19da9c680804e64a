/**
 * People who sign in: staff of the ministry and the Kompetenzzentrum, and (later) providers. Owns sign-in (with
 * limits on failed attempts), the second factor of administrators and editors (TOTP with recovery codes), password
 * hashing and reset by mailed link, roles and the web security rules ({@code /admin/**} needs a staff role).
 * Publishes no events yet.
 */
@ApplicationModule(displayName = "Accounts")
@NullMarked
package org.integrationskompass.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
