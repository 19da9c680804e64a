package org.integrationskompass.site.domain;

import java.util.LinkedHashMap;
import org.integrationskompass.shared.domain.HtmlText;
import org.integrationskompass.shared.domain.LocalizedText;

/** The rules for page bodies: sanitised rich text of a bounded size in every language. */
public final class PageBodies {

	/**
	 * Characters per language. A long page of the office (a funding guideline) has about 40,000; the limit keeps a
	 * pasted document or an attack from filling the database and every version after it.
	 */
	public static final int MAX_LENGTH = 100_000;

	private PageBodies() {
	}

	/** Removes scripts, styles, event handlers and every element pages may not contain, in every language. */
	public static LocalizedText sanitise(LocalizedText body) {
		var clean = new LinkedHashMap<String, String>();
		body.asMap().forEach((language, html) -> clean.put(language, HtmlText.sanitiseWithSections(html)));
		return LocalizedText.of(clean);
	}
}
