package org.integrationskompass.plan;

import java.util.UUID;

/** Identifies a field of action (Handlungsfeld) of the integration plan. */
public record FieldOfActionId(UUID value) {
}
