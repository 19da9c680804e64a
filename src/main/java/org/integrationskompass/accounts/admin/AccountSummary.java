package org.integrationskompass.accounts.admin;

import java.time.Instant;
import java.util.List;
import org.integrationskompass.accounts.Role;
import org.jspecify.annotations.Nullable;

record AccountSummary(String login, String displayName, List<Role> roles, @Nullable Instant lastSignInAt) {
}
