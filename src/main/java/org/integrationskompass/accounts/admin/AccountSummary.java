package org.integrationskompass.accounts.admin;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.integrationskompass.accounts.Role;
import org.jspecify.annotations.Nullable;

/**
 * @param needsSecondFactor whether the account's roles require a second factor
 * @param hasSecondFactor whether one is set up
 */
record AccountSummary(UUID id, String login, String displayName, List<Role> roles, @Nullable Instant lastSignInAt,
		boolean needsSecondFactor, boolean hasSecondFactor) {
}
