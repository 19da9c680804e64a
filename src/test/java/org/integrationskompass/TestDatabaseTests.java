package org.integrationskompass;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Proves which database the integration tests really ran on, and that CI never skips PostgreSQL. */
@SpringBootTest
class TestDatabaseTests {

	@Autowired
	DataSource dataSource;

	@Test
	void runsOnTheDatabaseThisTestRunAskedFor() throws SQLException {
		try (var connection = dataSource.getConnection()) {
			var product = connection.getMetaData().getDatabaseProductName();
			assertThat(product).isEqualTo(TestDatabase.postgresRequested() ? "PostgreSQL" : "H2");
		}
	}

	@Test
	void continuousIntegrationAlwaysRunsThePostgresqlTests() {
		if ("true".equals(System.getenv("CI"))) {
			assertThat(System.getenv(TestDatabase.POSTGRES_URL))
				.as("CI must set %s so the integration tests also run on PostgreSQL", TestDatabase.POSTGRES_URL)
				.isNotBlank();
		}
	}
}
