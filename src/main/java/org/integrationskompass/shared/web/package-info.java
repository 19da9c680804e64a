@NamedInterface("web")
@NullMarked
package org.integrationskompass.shared.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
