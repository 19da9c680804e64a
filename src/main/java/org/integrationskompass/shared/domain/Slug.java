package org.integrationskompass.shared.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The readable part of a page address made from a name: {@code "Sprach-Café für Frauen"} becomes
 * {@code sprach-cafe-fuer-frauen}. German umlauts and ß are spelled out as Germans do; other letters lose their
 * accents; scripts without a Latin spelling (Arabic, Cyrillic) yield nothing, and the caller falls back to an ID.
 */
public final class Slug {

	public static final int MAX_LENGTH = 80;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALLOWED = Pattern.compile("[^a-z0-9]+");

	private Slug() {
	}

	public static String of(String text) {
		var spelled = text.toLowerCase(Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss");
		var plain = MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFD)).replaceAll("");
		var slug = NOT_ALLOWED.matcher(plain).replaceAll("-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-[^-]*$", "");
		}
		return slug;
	}
}
