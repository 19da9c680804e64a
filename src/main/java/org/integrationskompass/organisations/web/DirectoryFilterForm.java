package org.integrationskompass.organisations.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.integrationskompass.organisations.OrganisationKind;
import org.integrationskompass.organisations.domain.DirectoryFilter;
import org.integrationskompass.shared.domain.SpokenLanguages;
import org.jspecify.annotations.Nullable;

/**
 * The directory's filters as they come from the URL ({@code ?art=MIGRANT_ORGANISATION&kreis=06531&sprache=ar}).
 * Values arrive as typed by anyone; what is not a known kind, a current Kreis or a known language is dropped
 * instead of failing, so a hand-edited or outdated link still shows the directory.
 */
record DirectoryFilterForm(@Nullable OrganisationKind kind, @Nullable String kreisKey, @Nullable String language) {

	private static final Pattern KREIS_KEY = Pattern.compile("\\d{5}");

	static DirectoryFilterForm of(@Nullable String kind, @Nullable String kreis, @Nullable String language,
			Set<String> currentKreise) {
		return new DirectoryFilterForm(kindOf(kind), kreisOf(kreis, currentKreise), languageOf(language));
	}

	DirectoryFilter asFilter() {
		return new DirectoryFilter(kind, kreisKey, language, null);
	}

	public boolean isEmpty() {
		return kind == null && kreisKey == null && language == null;
	}

	/** The directory's path with these filters and the given Kreis instead of the chosen one. */
	String pathWithKreis(@Nullable String kreis) {
		var parameters = new LinkedHashMap<String, String>();
		if (kind != null) {
			parameters.put("art", kind.name());
		}
		if (kreis != null) {
			parameters.put("kreis", kreis);
		}
		if (language != null) {
			parameters.put("sprache", language);
		}
		return path(parameters);
	}

	private static String path(Map<String, String> parameters) {
		var path = new StringBuilder(OrganisationController.DIRECTORY);
		var separator = '?';
		for (var parameter : parameters.entrySet()) {
			path.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
			separator = '&';
		}
		// Every value is an enum name, five digits or a known language code: nothing needs encoding.
		return path.toString();
	}

	private static @Nullable OrganisationKind kindOf(@Nullable String value) {
		if (value == null) {
			return null;
		}
		var name = value.strip().toUpperCase(Locale.ROOT);
		for (var kind : OrganisationKind.values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		return null;
	}

	private static @Nullable String kreisOf(@Nullable String value, Set<String> currentKreise) {
		if (value == null) {
			return null;
		}
		var key = value.strip();
		return KREIS_KEY.matcher(key).matches() && currentKreise.contains(key) ? key : null;
	}

	private static @Nullable String languageOf(@Nullable String value) {
		if (value == null || value.length() > 20 || !SpokenLanguages.isKnown(value)) {
			return null;
		}
		return SpokenLanguages.normalise(value);
	}
}
