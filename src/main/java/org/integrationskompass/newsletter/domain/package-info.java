@NullMarked
package org.integrationskompass.newsletter.domain;

import org.jspecify.annotations.NullMarked;
