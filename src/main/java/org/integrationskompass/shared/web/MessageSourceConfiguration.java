package org.integrationskompass.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module: every {@code i18n/<module>.properties} on the class path is picked up, so a new
 * module only drops its bundle pair beside the others. German is the base bundle; there is deliberately no
 * fallback to the server's locale, so a missing key shows up rather than silently switching language. Bundle names
 * may contain dots ({@code offers.admin}): {@code java.util.ResourceBundle} would read them as folders, so the
 * bundles are loaded as plain class-path resources.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

	@Bean
	MessageSource messageSource() {
		var source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(bundleBasenames());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

	static String[] bundleBasenames() {
		try {
			var resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
			return Arrays.stream(resources)
				.map(r -> Objects.requireNonNull(r.getFilename()))
				.filter(name -> !name.contains("_"))
				.map(name -> "classpath:i18n/" + name.substring(0, name.length() - ".properties".length()))
				.distinct()
				.sorted()
				.toArray(String[]::new);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
