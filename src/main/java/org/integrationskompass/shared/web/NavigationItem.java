package org.integrationskompass.shared.web;

import java.util.Locale;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.domain.Translation;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the public navigation that a module contributes as a bean (or, for entries that change at run time,
 * through a {@link NavigationSource}); the page shell shows all of them in {@code order}. Modules add their entry
 * point here (offers, events, …) without touching the shell.
 *
 * @param titleKey message key of the link text; ignored when {@code title} is given
 * @param path context-relative path without language prefix, e.g. {@code /angebote}
 * @param order position, ascending
 * @param title the link text itself, for entries editors name (pages); null for message keys
 * @param area the main navigation in the header or the footer's list
 */
public record NavigationItem(String titleKey, String path, int order, @Nullable LocalizedText title, Area area) {

	public NavigationItem(String titleKey, String path, int order) {
		this(titleKey, path, order, null, Area.MAIN);
	}

	/** An entry whose text editors wrote, in the given area. */
	public static NavigationItem titled(LocalizedText title, String path, int order, Area area) {
		return new NavigationItem("", path, order, title, area);
	}

	/** The editor-written text in the page language (German when missing), or null for a message key. */
	public @Nullable Translation label(Locale locale) {
		return title == null ? null : title.in(locale);
	}

	/** Where in the page shell an entry appears. */
	public enum Area {
		MAIN, FOOTER
	}
}
