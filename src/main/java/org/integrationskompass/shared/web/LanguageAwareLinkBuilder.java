package org.integrationskompass.shared.web;

import java.util.List;
import java.util.Map;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Makes every context-relative link in a template ({@code @{/impressum}}) keep the page's language, so
 * templates never deal with prefixes. Static files are the same in every language and stay unprefixed.
 */
class LanguageAwareLinkBuilder extends StandardLinkBuilder {

	private static final List<String> UNPREFIXED = List.of("/css/", "/js/", "/img/", "/kern/", "/fonts/", "/webjars/", "/karten/", "/actuator",
			"/favicon");

	private final SiteLanguages languages;

	LanguageAwareLinkBuilder(SiteLanguages languages) {
		this.languages = languages;
	}

	@Override
	protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
		var contextPath = super.computeContextPath(context, base, parameters);
		if (!(context instanceof IWebContext web) || UNPREFIXED.stream().anyMatch(base::startsWith)) {
			return contextPath;
		}
		var language = web.getExchange().getAttributeValue(LanguagePrefixFilter.LANGUAGE);
		return language instanceof String s ? contextPath + languages.prefixOf(s) : contextPath;
	}
}
