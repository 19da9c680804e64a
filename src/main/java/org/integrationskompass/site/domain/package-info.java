@NullMarked
package org.integrationskompass.site.domain;

import org.jspecify.annotations.NullMarked;
