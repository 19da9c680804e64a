package org.integrationskompass.shared.domain;

/**
 * One language version of a {@link LocalizedText}, as shown to a reader.
 *
 * @param text the text to show
 * @param language the language the text is really in
 * @param fallback true when the reader's language was missing and this is the German (or another) original
 */
public record Translation(String text, String language, boolean fallback) {

	public String direction() {
		return TextDirection.of(language);
	}

	@Override
	public String toString() {
		return text;
	}
}
