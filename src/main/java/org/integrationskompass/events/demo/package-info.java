/** Demo events for a first start with {@code platform.demo.enabled=true}; internal to the module. */
@NullMarked
package org.integrationskompass.events.demo;

import org.jspecify.annotations.NullMarked;
