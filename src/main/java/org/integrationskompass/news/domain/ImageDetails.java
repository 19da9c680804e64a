package org.integrationskompass.news.domain;

import org.integrationskompass.shared.domain.LocalizedText;

/**
 * What an editor says about a picture.
 *
 * @param alt required (at least in German) unless {@code decorative}
 * @param credit the © line, e.g. "Foto: Name" (may be empty for the office's own graphics)
 */
public record ImageDetails(LocalizedText alt, boolean decorative, LocalizedText caption, String credit) {

	public ImageDetails {
		if (!decorative && alt.get(LocalizedText.GERMAN).isEmpty()) {
			throw new IllegalArgumentException("A picture that is not decorative needs an alternative text");
		}
	}
}
