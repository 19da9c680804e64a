/** The public pages of the site module: home, imprint, privacy, accessibility statement and feedback form, Leichte Sprache, sign language. */
@NullMarked
package org.integrationskompass.site.web;

import org.jspecify.annotations.NullMarked;
