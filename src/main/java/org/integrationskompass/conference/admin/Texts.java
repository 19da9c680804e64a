package org.integrationskompass.conference.admin;

import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** Small conversions between typed text and stored texts, shared by the back-office forms. */
final class Texts {

	private Texts() {
	}

	static String get(LocalizedText text, String language) {
		return text.get(language).orElse("");
	}

	static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
