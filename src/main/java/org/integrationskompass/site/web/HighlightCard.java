package org.integrationskompass.site.web;

import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** A highlight as the home page shows it; {@code path} is without language prefix (the link builder adds it). */
record HighlightCard(LocalizedText title, LocalizedText teaser, @Nullable String path) {
}
