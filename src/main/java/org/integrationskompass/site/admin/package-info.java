@NullMarked
package org.integrationskompass.site.admin;

import org.jspecify.annotations.NullMarked;
