/** Offers, their places and reference data as stored and indexed for search; internal to the module. */
@NullMarked
package org.integrationskompass.offers.domain;

import org.jspecify.annotations.NullMarked;
