package org.integrationskompass.shared.web;

/**
 * A part of the back office that a module contributes: the back-office shell builds its navigation and
 * dashboard from all beans of this type, so it never needs to know the modules.
 *
 * @param titleKey message key of the section's name
 * @param descriptionKey message key of a one-sentence description for the dashboard
 * @param path the section's start page, e.g. {@code /admin/feedback}
 * @param requiredRole the role (without {@code ROLE_}) a staff member needs to see and use it
 * @param order position in the navigation, ascending
 */
public record AdminSection(String titleKey, String descriptionKey, String path, String requiredRole, int order) {
}
