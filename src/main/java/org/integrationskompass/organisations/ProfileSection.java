package org.integrationskompass.organisations;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A titled list of links on an organisation's profile page.
 *
 * @param titleKey message key of the section heading
 * @param order ascending position on the page
 */
public record ProfileSection(String titleKey, List<Entry> entries, int order) {

	/**
	 * One linked item.
	 *
	 * @param path a path inside the portal without language prefix ({@code /angebote/deutschkurs-giessen})
	 * @param language the language the title and teaser are in (for {@code lang} when it differs from the page)
	 */
	public record Entry(String title, @Nullable String teaser, String path, String language) {
	}
}
