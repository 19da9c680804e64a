package org.integrationskompass.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/** The page language comes from the URL prefix only: no cookie, no session, no Accept-Language guessing. */
class UrlLocaleResolver implements LocaleResolver {

	private final SiteLanguages languages;

	UrlLocaleResolver(SiteLanguages languages) {
		this.languages = languages;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		var language = request.getAttribute(LanguagePrefixFilter.LANGUAGE);
		return Locale.forLanguageTag(language instanceof String s ? s : languages.defaultLanguage());
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("The language is chosen by the URL prefix");
	}
}
