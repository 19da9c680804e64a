package org.integrationskompass.plan;

import java.util.UUID;

/** Identifies a measure of the integration plan; other modules (contracts, conference) refer to measures by it. */
public record MeasureId(UUID value) {
}
