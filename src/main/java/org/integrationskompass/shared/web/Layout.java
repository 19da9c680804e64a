package org.integrationskompass.shared.web;

import java.util.List;

/**
 * What the page shell needs on every page: the page language and writing direction, the same page in the
 * other languages (for the language switch and {@code hreflang} alternates) and the current path.
 */
public record Layout(String language, String direction, List<LanguageLink> languages, String path) {

	/**
	 * One language version of the current page.
	 *
	 * @param url path from the server root, for links on the page
	 * @param absoluteUrl full address under {@code platform.site.base-url}, for {@code hreflang} alternates
	 */
	public record LanguageLink(String language, String url, String absoluteUrl, boolean current) {
	}
}
