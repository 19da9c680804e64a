@NullMarked
package org.integrationskompass.regions.domain;

import org.jspecify.annotations.NullMarked;
