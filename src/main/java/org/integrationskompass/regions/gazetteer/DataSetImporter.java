package org.integrationskompass.regions.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import org.integrationskompass.regions.domain.DataSet;

/** Reads the files of one data set into the database; runs inside the file's transaction. */
interface DataSetImporter {

	DataSet dataSet();

	/** Whether the file has this data set's format (decided by the header, not by the file name). */
	boolean recognises(Path file) throws IOException;

	void importFile(Path file, RowTally tally) throws IOException;
}
