package org.integrationskompass.shared.web;

/**
 * An entry of the public main navigation that a module contributes as a bean; the page shell shows all of
 * them in {@code order}. Modules add their entry point here (offers, events, …) without touching the shell.
 *
 * @param titleKey message key of the link text
 * @param path context-relative path without language prefix, e.g. {@code /angebote}
 * @param order position, ascending
 */
public record NavigationItem(String titleKey, String path, int order) {
}
