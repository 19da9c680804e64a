@NamedInterface("demo")
@NullMarked
package org.integrationskompass.shared.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
