package org.integrationskompass.regions.gazetteer;

/** A row that fails validation: reported and skipped, never stored and never the end of the import. */
class RejectedRow extends RuntimeException {

	private final String detail;

	RejectedRow(String reason, String detail) {
		super(reason, null, false, false);
		this.detail = detail;
	}

	String reason() {
		return getMessage();
	}

	String detail() {
		return detail;
	}
}
