package org.integrationskompass.site.domain;

import org.integrationskompass.shared.domain.LocalizedText;

/** What an editor enters for a link; {@code url} has passed {@link LinkAddress#check}. */
public record LinkDetails(LocalizedText title, String url, LocalizedText description) {
}
