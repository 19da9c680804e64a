package org.integrationskompass;

import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every application context started by a test its own, empty database, so tests never touch ./data and
 * never see each other's rows.
 *
 * <ul>
 * <li>Default: an in-memory H2 database in PostgreSQL mode, the same engine as the embedded default.</li>
 * <li>When the system property {@code kompass.test.postgres=true} is set (the {@code postgres} Maven profile does
 * this when {@code KOMPASS_TEST_POSTGRES_URL} is in the environment), the same tests run against that real
 * PostgreSQL database, each context in a fresh schema that Flyway creates. Asking for PostgreSQL without a URL
 * fails instead of silently falling back to H2, which is what makes the PostgreSQL run mandatory in CI.</li>
 * </ul>
 * Registered in {@code src/test/resources/META-INF/spring.factories}; its property source wins over
 * {@code @SpringBootTest(properties=…)}.
 */
public class TestDatabase implements EnvironmentPostProcessor, Ordered {

	public static final String POSTGRES_URL = "KOMPASS_TEST_POSTGRES_URL";

	public static final String USE_POSTGRES = "kompass.test.postgres";

	/** A property naming the database, so that several contexts of one test share it; random when unset. */
	public static final String SHARED_DATABASE = "kompass.test.shared-database";

	public static boolean postgresRequested() {
		return Boolean.getBoolean(USE_POSTGRES);
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		var properties = new HashMap<String, Object>();
		// Tests that restart the application on the same data (e.g. a crash and resume) name the database.
		var id = environment.getProperty(SHARED_DATABASE, UUID.randomUUID().toString().replace("-", "").substring(0, 12));
		if (postgresRequested()) {
			var url = System.getenv(POSTGRES_URL);
			if (url == null || url.isBlank()) {
				throw new IllegalStateException(USE_POSTGRES + "=true but " + POSTGRES_URL + " is not set");
			}
			var schema = "test_" + id.toLowerCase(Locale.ROOT);
			properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
			properties.put("spring.datasource.username", env("KOMPASS_TEST_POSTGRES_USER", "postgres"));
			properties.put("spring.datasource.password", env("KOMPASS_TEST_POSTGRES_PASSWORD", ""));
			properties.put("spring.flyway.schemas", schema);
			properties.put("spring.flyway.default-schema", schema);
			properties.put("spring.datasource.hikari.maximum-pool-size", "4");
			// Up to 32 cached contexts share one server (max_connections 100 by default): idle contexts keep one
			// connection, not four, so a long suite never runs out of connections.
			properties.put("spring.datasource.hikari.minimum-idle", "1");
			properties.put("spring.datasource.hikari.idle-timeout", "10000");
		}
		else {
			properties.put("spring.datasource.url", "jdbc:h2:mem:test-" + id
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			properties.put("spring.datasource.username", "sa");
			properties.put("spring.datasource.password", "");
		}
		// The offers' freshness job pauses old offers: cached contexts live for the whole suite, so it must not start
		// by itself in one of them; tests that need it run it.
		properties.put("platform.offers.freshness.initial-delay", "PT240H");
		// Each context gets its own search index in memory, like its own database.
		properties.put("spring.jpa.properties.hibernate.search.backend.directory.type", "local-heap");
		environment.getPropertySources().addFirst(new MapPropertySource("kompassTestDatabase", properties));
	}

	private static String env(String name, String fallback) {
		var value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
