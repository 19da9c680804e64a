package org.integrationskompass.regions.gazetteer;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.integrationskompass.regions.SharedGeodata;
import org.springframework.context.ApplicationContext;

/** Imports the real gazetteer files from {@code ../shared/geo} into a test's database, for tests of other modules. */
public final class SharedGazetteer {

	private SharedGazetteer() {
	}

	public static void importInto(ApplicationContext context) {
		try {
			var report = context.getBean(GazetteerImport.class).importDirectory(SharedGeodata.directory());
			if (report.failed()) {
				throw new IllegalStateException("The gazetteer import failed: " + report);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
