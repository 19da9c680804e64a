package org.integrationskompass.offers.admin;

import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A translatable text as the form edits it: the site's three languages. Other languages a text may carry (from an
 * import) are kept when the form saves, because the form does not show them.
 */
record Texts(@Nullable String de, @Nullable String en, @Nullable String ar) {

	static final Texts EMPTY = new Texts("", "", "");

	static Texts of(LocalizedText text) {
		return new Texts(text.get("de").orElse(""), text.get("en").orElse(""), text.get("ar").orElse(""));
	}

	static Texts orEmpty(@Nullable Texts texts) {
		return texts == null ? EMPTY : texts;
	}

	String german() {
		return de == null ? "" : de.strip();
	}

	/** The text with these three languages replaced; a blank field removes that language. */
	LocalizedText over(LocalizedText existing) {
		var map = new java.util.LinkedHashMap<>(existing.asMap());
		map.put("de", de == null ? "" : de);
		map.put("en", en == null ? "" : en);
		map.put("ar", ar == null ? "" : ar);
		return LocalizedText.of(map);
	}

	// JavaBean getters: Spring's BeanWrapper reads nested form paths (places[0].postcode, title.de) through them.

	public @Nullable String getDe() {
		return de;
	}

	public @Nullable String getEn() {
		return en;
	}

	public @Nullable String getAr() {
		return ar;
	}
}
