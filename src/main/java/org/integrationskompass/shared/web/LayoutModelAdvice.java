package org.integrationskompass.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.integrationskompass.shared.domain.TextDirection;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page (error pages included) the {@link Layout} model the page shell renders. */
@ControllerAdvice
class LayoutModelAdvice {

	private final SiteLanguages languages;

	LayoutModelAdvice(SiteLanguages languages) {
		this.languages = languages;
	}

	@ModelAttribute("layout")
	Layout layout(HttpServletRequest request, Locale locale) {
		var path = request.getAttribute(LanguagePrefixFilter.ORIGINAL_PATH) instanceof String p ? p : "/";
		var query = request.getQueryString();
		var suffix = query == null || request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR ? ""
				: "?" + query;
		var context = request.getContextPath();
		var current = locale.getLanguage();
		var links = languages.languages().stream().map(language -> {
			var prefix = languages.prefixOf(language);
			var localPath = prefix + ("/".equals(path) && !prefix.isEmpty() ? "" : path) + suffix;
			return new Layout.LanguageLink(language, context + localPath, languages.baseUrl() + localPath,
					language.equals(current));
		}).toList();
		return new Layout(current, TextDirection.of(current), links, path);
	}
}
