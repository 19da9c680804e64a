package org.integrationskompass.offers;

import org.integrationskompass.shared.domain.LocalizedText;

/** An offer as another module links to it ({@code /angebote/<slug>}). */
public record OfferLink(OfferId id, String slug, LocalizedText title) {
}
