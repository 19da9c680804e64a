package org.integrationskompass.shared.web;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Wires the language-in-the-URL machinery (prefix filter, locale resolver and language-keeping links) and the one
 * filter that applies the modules' {@link UploadLimit}s.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements InitializingBean {

	private final SiteLanguages languages;

	private final SpringTemplateEngine templates;

	WebConfiguration(SiteLanguages languages, SpringTemplateEngine templates) {
		this.languages = languages;
		this.templates = templates;
	}

	@Override
	public void afterPropertiesSet() {
		templates.setLinkBuilder(new LanguageAwareLinkBuilder(languages));
	}

	@Bean
	FilterRegistrationBean<LanguagePrefixFilter> languagePrefixFilter() {
		var registration = new FilterRegistrationBean<>(new LanguagePrefixFilter(languages));
		// Before Spring Security, so that /en/admin is protected exactly like /admin.
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Just before Spring Security, which would otherwise read (and fail on) an oversized body first. */
	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(ObjectProvider<UploadLimit> limits) {
		var registration = new FilterRegistrationBean<>(new UploadLimitFilter(limits.orderedStream().toList()));
		registration.setOrder(-101);
		return registration;
	}

	@Bean
	FlashMapManager flashMapManager() {
		return new LanguageAwareFlashMapManager(languages);
	}

	@Bean
	LocaleResolver localeResolver() {
		return new UrlLocaleResolver(languages);
	}
}
