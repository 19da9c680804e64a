package org.integrationskompass.regions.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form of a place name used for searching: lower case, German umlauts and ß spelled out, other accents
 * dropped, runs of white space collapsed. Visitors type "Giessen" or "OFFENBACH" and expect a match.
 */
public final class SearchName {

	private SearchName() {
	}

	public static String of(String name) {
		var spelledOut = name.strip().toLowerCase(Locale.GERMAN)
			.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
		return Normalizer.normalize(spelledOut, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("\\s+", " ");
	}
}
