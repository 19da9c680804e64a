package org.integrationskompass.regions.gazetteer;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * An import run starts the whole application, web server included (the security setup needs a web context).
 * It listens on a free local port instead of the configured one, so that it can run while the portal is up.
 */
class ImportCommandEnvironment implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(GazetteerImportCommand.OPTION)) {
			environment.getPropertySources().addFirst(new MapPropertySource("gazetteerImportCommand",
					Map.of("server.port", "0", "server.address", "127.0.0.1")));
		}
	}
}
