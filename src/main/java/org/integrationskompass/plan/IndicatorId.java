package org.integrationskompass.plan;

import java.util.UUID;

/** Identifies an indicator of the integration plan. */
public record IndicatorId(UUID value) {
}
