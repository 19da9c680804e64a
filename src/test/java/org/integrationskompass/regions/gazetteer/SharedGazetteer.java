package org.integrationskompass.regions.gazetteer;

import org.integrationskompass.regions.SharedGeodata;
import org.springframework.context.ApplicationContext;

/** Imports the real gazetteer files for tests of other modules that need postcodes (the importer is internal). */
public final class SharedGazetteer {

	private SharedGazetteer() {
	}

	public static void importInto(ApplicationContext context) throws java.io.IOException {
		context.getBean(GazetteerImport.class).importDirectory(SharedGeodata.directory());
	}
}
