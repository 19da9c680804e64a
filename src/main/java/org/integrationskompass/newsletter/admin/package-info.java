@NullMarked
package org.integrationskompass.newsletter.admin;

import org.jspecify.annotations.NullMarked;
