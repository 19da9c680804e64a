/** Stored accessibility feedback (with its mail outbox state) and the home page's highlights. */
@NullMarked
package org.integrationskompass.site.domain;

import org.jspecify.annotations.NullMarked;
