package org.integrationskompass.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/** The language of the current request as set by the language prefix filter, for code that builds redirects. */
public final class RequestLanguage {

	static final String PREFIX = RequestLanguage.class.getName() + ".prefix";

	private RequestLanguage() {
	}

	/** {@code ""} for the default language, {@code "/en"} for English, …: put it in front of a redirect path. */
	public static String prefix(HttpServletRequest request) {
		return request.getAttribute(PREFIX) instanceof String prefix ? prefix : "";
	}

	public static String language(HttpServletRequest request, String fallback) {
		return request.getAttribute(LanguagePrefixFilter.LANGUAGE) instanceof String language ? language : fallback;
	}
}
