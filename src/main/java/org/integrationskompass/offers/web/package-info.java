/** The public pages of offers: search, the offer page with its report form, the section on organisation profiles. */
@NullMarked
package org.integrationskompass.offers.web;

import org.jspecify.annotations.NullMarked;
