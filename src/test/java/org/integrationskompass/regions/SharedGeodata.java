package org.integrationskompass.regions;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real open-data files in {@code ../shared/geo} (never part of the repository). Tests that need them are skipped
 * without them, except on CI, where they must be present.
 */
public final class SharedGeodata {

	private static final Path SHARED_GEO = Path.of("..", "shared", "geo");

	private SharedGeodata() {
	}

	public static Path directory() {
		if (!Files.isDirectory(SHARED_GEO)) {
			var message = "The open-data files are expected in " + SHARED_GEO.toAbsolutePath().normalize()
					+ " (see the README, section on the gazetteer import)";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(message + "; on CI they are required");
			}
			Assumptions.abort(message + "; skipping");
		}
		return SHARED_GEO;
	}
}
