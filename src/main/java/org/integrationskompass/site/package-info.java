/**
 * The public shell: home page, legal pages (imprint, privacy, accessibility statement with its feedback form),
 * the Leichte Sprache and sign-language pages. It sits at the top of the module graph and composes the teasers
 * other modules offer through their APIs. Publishes and consumes no events yet.
 */
@ApplicationModule(displayName = "Site", allowedDependencies = { "regions", "accounts", "news", "shared :: *" })
@NullMarked
package org.integrationskompass.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
