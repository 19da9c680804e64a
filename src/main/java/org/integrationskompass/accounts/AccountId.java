package org.integrationskompass.accounts;

import java.util.UUID;

/** Identifies an account across modules (other modules hold this, never the account). */
public record AccountId(UUID value) {
}
