/**
 * The small shared kernel: value types used everywhere (translatable text), persistence converters,
 * the language-in-the-URL machinery, the page shell's model and the back-office navigation SPI. No business rules.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.integrationskompass.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
