@NamedInterface("mail")
@NullMarked
package org.integrationskompass.shared.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
