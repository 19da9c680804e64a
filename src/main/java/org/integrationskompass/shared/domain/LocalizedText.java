package org.integrationskompass.shared.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * User-facing content text in several languages: a map from language code to text.
 *
 * <p>German is the office's working language and every text is written in German first, so a missing
 * translation falls back to German (and, if even that is missing, to any language present). The
 * {@link Translation} returned by {@link #in(Locale)} says whether it is a fallback, so pages can mark the
 * passage with its real language and a visible "not yet translated" note (WCAG 3.1.2, language of parts).
 * Blank values are dropped: a blank translation is the same as none.
 */
public final class LocalizedText {

	public static final String GERMAN = "de";

	private static final LocalizedText EMPTY = new LocalizedText(Map.of());

	private final Map<String, String> values;

	private LocalizedText(Map<String, String> values) {
		this.values = values;
	}

	public static LocalizedText empty() {
		return EMPTY;
	}

	public static LocalizedText german(String text) {
		return of(Map.of(GERMAN, text));
	}

	public static LocalizedText of(Map<String, String> values) {
		var cleaned = new LinkedHashMap<String, String>();
		var german = values.get(GERMAN);
		if (german != null && !german.isBlank()) {
			cleaned.put(GERMAN, german.strip());
		}
		values.entrySet().stream()
			.filter(e -> e.getKey() != null && e.getValue() != null && !e.getValue().isBlank())
			.sorted(Map.Entry.comparingByKey())
			.forEach(e -> cleaned.putIfAbsent(normalise(e.getKey()), e.getValue().strip()));
		return cleaned.isEmpty() ? EMPTY : new LocalizedText(Collections.unmodifiableMap(cleaned));
	}

	public LocalizedText with(String language, String text) {
		var copy = new LinkedHashMap<>(values);
		copy.put(normalise(language), text);
		return of(copy);
	}

	public Optional<String> get(String language) {
		return Optional.ofNullable(values.get(normalise(language)));
	}

	public Translation in(Locale locale) {
		return in(locale.getLanguage());
	}

	public Translation in(String language) {
		var wanted = normalise(language);
		var text = values.get(wanted);
		if (text != null) {
			return new Translation(text, wanted, false);
		}
		var german = values.get(GERMAN);
		if (german != null) {
			return new Translation(german, GERMAN, true);
		}
		return values.entrySet().stream().findFirst()
			.map(e -> new Translation(e.getValue(), e.getKey(), true))
			.orElse(new Translation("", wanted, false));
	}

	public boolean isEmpty() {
		return values.isEmpty();
	}

	public Map<String, String> asMap() {
		return values;
	}

	private static String normalise(String language) {
		return language.strip().toLowerCase(Locale.ROOT);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LocalizedText that && values.equals(that.values);
	}

	@Override
	public int hashCode() {
		return Objects.hash(values);
	}

	@Override
	public String toString() {
		return values.toString();
	}
}
