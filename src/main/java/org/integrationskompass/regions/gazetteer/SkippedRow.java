package org.integrationskompass.regions.gazetteer;

/**
 * @param location where in the file, e.g. "line 17" or "feature 3"
 * @param reason why, in words that group well ("unknown Kreis")
 * @param detail the offending value
 */
record SkippedRow(String location, String reason, String detail) {

	@Override
	public String toString() {
		return location + ": " + reason + " (" + detail + ")";
	}
}
