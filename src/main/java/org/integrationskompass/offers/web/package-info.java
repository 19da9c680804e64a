/**
 * The public pages of offers: search, the offer page with its report form, the section on organisation profiles.
 * <p>
 * The search page's view models ({@link org.integrationskompass.offers.web.OfferCard}, {@link
 * org.integrationskompass.offers.web.FacetGroup}, {@link org.integrationskompass.offers.web.Suggestion}) are public
 * on purpose: Spring's expression compiler turns a template's property access into byte code only on public
 * classes; on package-private ones every access is a reflective lookup, which made up about a third of the page.
 */
@NullMarked
package org.integrationskompass.offers.web;

import org.jspecify.annotations.NullMarked;
