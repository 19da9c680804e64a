@NamedInterface("persistence")
@NullMarked
package org.integrationskompass.shared.persistence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
