@NullMarked
package org.integrationskompass;

import org.jspecify.annotations.NullMarked;
