@NullMarked
package org.integrationskompass.newsletter.demo;

import org.jspecify.annotations.NullMarked;
