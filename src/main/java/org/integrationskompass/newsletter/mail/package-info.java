@NullMarked
package org.integrationskompass.newsletter.mail;

import org.jspecify.annotations.NullMarked;
