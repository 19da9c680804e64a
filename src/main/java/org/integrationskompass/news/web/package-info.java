/** The public news pages: list with filters, article page with linked data, print view, RSS and Atom feeds. */
@NullMarked
package org.integrationskompass.news.web;

import org.jspecify.annotations.NullMarked;
