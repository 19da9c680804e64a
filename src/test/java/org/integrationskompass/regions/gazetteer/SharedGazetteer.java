package org.integrationskompass.regions.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.integrationskompass.regions.SharedGeodata;
import org.springframework.context.ApplicationContext;

/**
 * Imports the real open-data files into a running test application, for tests of other modules that need known
 * postcodes or Kreis outlines. Importing again is harmless (rows are updated by key).
 */
public final class SharedGazetteer {

	private SharedGazetteer() {
	}

	/** Imports {@link SharedGeodata#directory()}; skips the test (fails on CI) without the files. */
	public static void importInto(ApplicationContext context) {
		importFrom(context, SharedGeodata.directory());
	}

	/** Imports the files when they are there; returns whether it did. For tests that also make sense without them. */
	public static boolean importIfPresent(ApplicationContext context) {
		var directory = Path.of("..", "shared", "geo");
		if (!Files.isDirectory(directory)) {
			return false;
		}
		importFrom(context, directory);
		return true;
	}

	private static void importFrom(ApplicationContext context, Path directory) {
		try {
			var report = context.getBean(GazetteerImport.class).importDirectory(directory);
			if (report.failed()) {
				throw new IllegalStateException("Gazetteer import failed: " + report);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
