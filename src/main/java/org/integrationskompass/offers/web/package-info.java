/** The public offer search and its pages. */
@NullMarked
package org.integrationskompass.offers.web;

import org.jspecify.annotations.NullMarked;
