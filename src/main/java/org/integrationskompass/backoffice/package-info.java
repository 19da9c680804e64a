/**
 * The back-office shell: dashboard and navigation built from the {@code AdminSection} beans every module
 * contributes, so it depends on no feature module. Publishes and consumes no events.
 */
@ApplicationModule(displayName = "Back office", allowedDependencies = { "accounts", "shared :: *" })
@NullMarked
package org.integrationskompass.backoffice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
