package org.integrationskompass.shared.web;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves the static files from their own folders only ({@code spring.web.resources.add-mappings=false} turns off
 * Spring Boot's catch-all {@code /**} mapping). With the catch-all, the resource chain that finds the webjars'
 * versions looked every link of every page ({@code /angebote?…}) up as a possible file on the class path, which
 * cost a search page with a hundred links most of its time. Every folder has a (caching) resource chain: the
 * links a page makes to its style sheets and scripts are then looked up on the class path once, not on every page.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/** The folders under {@code static/}; {@link LanguageAwareLinkBuilder} keeps links to them free of a language prefix. */
	static final String[] FOLDERS = { "css", "js", "img", "kern", "fonts" };

	private final WebProperties web;

	StaticResources(WebProperties web) {
		this.web = web;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		var cacheControl = web.getResources().getCache().getCachecontrol().toHttpCacheControl();
		for (var folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(cacheControl)
				.resourceChain(true);
		}
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(cacheControl)
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}
}
