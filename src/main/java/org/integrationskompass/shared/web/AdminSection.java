package org.integrationskompass.shared.web;

import java.util.Set;

/**
 * A part of the back office that a module contributes: the back-office shell builds its navigation and
 * dashboard from all beans of this type, so it never needs to know the modules.
 *
 * @param titleKey message key of the section's name
 * @param descriptionKey message key of a one-sentence description for the dashboard
 * @param path the section's start page, e.g. {@code /admin/feedback}
 * @param roles the roles (without {@code ROLE_}) of which a staff member needs one to see and use it;
 *        administrators see every section
 * @param order position in the navigation, ascending
 */
public record AdminSection(String titleKey, String descriptionKey, String path, Set<String> roles, int order) {

	public AdminSection {
		if (roles.isEmpty()) {
			throw new IllegalArgumentException("A back-office section needs at least one role: " + path);
		}
		roles = Set.copyOf(roles);
	}

	/** A section for one role. */
	public AdminSection(String titleKey, String descriptionKey, String path, String role, int order) {
		this(titleKey, descriptionKey, path, Set.of(role), order);
	}
}
