@NamedInterface("domain")
@NullMarked
package org.integrationskompass.shared.domain;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
