package org.integrationskompass.offers.generator;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A generator run starts the whole application; like the gazetteer import it listens on a free local port instead
 * of the configured one, so that it can run while the portal is up.
 */
class GenerateOffersEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(GenerateOffersCommand.OPTION)) {
			environment.getPropertySources().addFirst(new MapPropertySource("generateOffersCommand",
					Map.of("server.port", "0", "server.address", "127.0.0.1")));
		}
	}
}
