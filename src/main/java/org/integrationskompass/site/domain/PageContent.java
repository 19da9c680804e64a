package org.integrationskompass.site.domain;

import org.integrationskompass.shared.domain.LocalizedText;

/**
 * What a version of a page says: title, summary and body per language. The body is rich text that went through
 * {@link PageBodies#sanitise}; German is required, the other languages fall back to it.
 */
public record PageContent(LocalizedText title, LocalizedText summary, LocalizedText body) {

	public PageContent {
		if (title.get(LocalizedText.GERMAN).isEmpty()) {
			throw new IllegalArgumentException("A page needs a German title: it is the fallback for every language");
		}
	}
}
