package org.integrationskompass.contracts.domain;

import org.integrationskompass.shared.domain.LocalizedText;

/** An agreed measure as staff enter it. */
public record MeasureDetails(LocalizedText title, LocalizedText description, MeasureProgress progress) {
}
