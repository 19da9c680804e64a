/** Demo content of the site module, for the embedded default installation only. */
@NullMarked
package org.integrationskompass.site.demo;

import org.jspecify.annotations.NullMarked;
