package org.integrationskompass.shared.domain;

import java.util.Locale;
import java.util.Set;

/** Writing direction of a language, for the {@code dir} attribute. */
public final class TextDirection {

	private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "ur", "ps", "ckb", "dv", "yi");

	private TextDirection() {
	}

	public static String of(String language) {
		return RIGHT_TO_LEFT.contains(language.toLowerCase(Locale.ROOT)) ? "rtl" : "ltr";
	}

	public static String of(Locale locale) {
		return of(locale.getLanguage());
	}
}
