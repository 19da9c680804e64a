package org.integrationskompass.shared.web;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The languages the portal's pages are offered in. The first one is the default and has no URL prefix
 * ({@code /impressum}); the others are prefixed ({@code /en/impressum}, {@code /ar/impressum}).
 * The language lives in the URL rather than a cookie so that links can be shared and anonymous visitors get no cookie.
 */
@ConfigurationProperties("platform.site")
public record SiteLanguages(@DefaultValue({ "de", "en", "ar" }) List<String> languages,
		@DefaultValue("http://localhost:8080") String baseUrl) {

	public SiteLanguages {
		languages = languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).toList();
		if (languages.isEmpty()) {
			throw new IllegalArgumentException("platform.site.languages must name at least one language");
		}
		baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	public String defaultLanguage() {
		return languages.get(0);
	}

	public boolean isPrefixed(String language) {
		return languages.contains(language) && !defaultLanguage().equals(language);
	}

	/** The path prefix of a language: empty for the default language, {@code /en} for English. */
	public String prefixOf(String language) {
		return defaultLanguage().equals(language) ? "" : "/" + language;
	}
}
