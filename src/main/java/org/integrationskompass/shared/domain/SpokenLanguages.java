package org.integrationskompass.shared.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The languages an organisation speaks or an offer is held in, as codes that appear in URLs and CSV files
 * ({@code ?sprache=ar}). ISO 639-1 where it exists, ISO 639-3 otherwise ({@code prs} Dari, {@code gsg} German Sign
 * Language), and {@code de-x-ls} for Leichte Sprache. Their names are the message keys {@code common.language.<code>}.
 * The list is ordered as people look for them: German first, then the languages most asked for in Hessen.
 */
public final class SpokenLanguages {

	public static final List<String> CODES = List.of("de", "de-x-ls", "gsg", "en", "ar", "uk", "tr", "fa", "prs", "ru",
			"ku", "ti", "so", "ps", "fr", "es", "it", "pl", "ro", "bg", "el", "sq", "sr", "hr", "bs", "vi", "zh",
			"ur", "am");

	private static final Set<String> KNOWN = Set.copyOf(CODES);

	private SpokenLanguages() {
	}

	public static boolean isKnown(String code) {
		return KNOWN.contains(normalise(code));
	}

	/** Lower case and trimmed, so that {@code " AR"} in a CSV cell means Arabic. */
	public static String normalise(String code) {
		return code.strip().toLowerCase(Locale.ROOT);
	}

	public static String messageKey(String code) {
		return "common.language." + code;
	}
}
