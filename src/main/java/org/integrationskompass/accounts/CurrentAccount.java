package org.integrationskompass.accounts;

import java.util.Set;

/**
 * The signed-in person as other modules and templates see it.
 *
 * @param id the account
 * @param displayName name to show in the page header and audit trails
 * @param roles what the account may do
 */
public record CurrentAccount(AccountId id, String displayName, Set<Role> roles) {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isStaff() {
		return roles.stream().anyMatch(Role::isStaff);
	}
}
