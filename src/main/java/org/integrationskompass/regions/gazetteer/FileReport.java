package org.integrationskompass.regions.gazetteer;

import java.util.List;
import org.integrationskompass.regions.domain.DataSet;
import org.integrationskompass.regions.domain.DataSetImport.Counts;
import org.jspecify.annotations.Nullable;

/**
 * What the import of one file did.
 *
 * @param failure why the whole file was rolled back, or null when it was imported
 */
record FileReport(String fileName, DataSet dataSet, Counts counts, List<SkippedRow> skipped, List<String> notes,
		@Nullable String failure) {

	boolean failed() {
		return failure != null;
	}
}
