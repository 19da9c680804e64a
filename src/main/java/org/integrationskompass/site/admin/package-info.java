/** The site module's part of the back office: accessibility feedback. */
@NullMarked
package org.integrationskompass.site.admin;

import org.jspecify.annotations.NullMarked;
