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
 * fallback to the server's locale, so a missing key shows up rather than silently switching language.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

	@Bean
	MessageSource messageSource() {
		// Not ResourceBundleMessageSource: java.util.ResourceBundle turns the dot of a bundle name such as
		// "offers.import" into a folder ("i18n/offers/import.properties") and would never find the file.
		var source = new ReloadableResourceBundleMessageSource();
		source.setBasenames(Arrays.stream(bundleBasenames()).map(name -> "classpath:" + name).toArray(String[]::new));
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
				.map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
				.distinct()
				.sorted()
				.toArray(String[]::new);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
