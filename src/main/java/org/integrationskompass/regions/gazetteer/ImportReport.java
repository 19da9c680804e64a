package org.integrationskompass.regions.gazetteer;

import java.util.List;

/**
 * @param files the imported files, in import order
 * @param ignored files in the directory that have none of the known formats
 */
record ImportReport(List<FileReport> files, List<String> ignored) {

	boolean failed() {
		return files.isEmpty() || files.stream().anyMatch(FileReport::failed);
	}
}
