package org.integrationskompass.regions.gazetteer;

import java.util.ArrayList;
import java.util.List;
import org.integrationskompass.regions.domain.DataSetImport.Counts;

/** Counts what happens to the rows of one file while it is imported. */
class RowTally {

	private int read;

	private int inserted;

	private int updated;

	private int unchanged;

	private int removed;

	private final List<SkippedRow> skipped = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	void read() {
		read++;
	}

	void skip(String location, RejectedRow rejection) {
		skipped.add(new SkippedRow(location, rejection.reason(), rejection.detail()));
	}

	void skip(String location, String reason, String detail) {
		skipped.add(new SkippedRow(location, reason, detail));
	}

	/** Counts one stored row as inserted, updated or unchanged. */
	void stored(boolean isNew, boolean changed) {
		if (isNew) {
			inserted++;
		}
		else if (changed) {
			updated++;
		}
		else {
			unchanged++;
		}
	}

	void removed() {
		removed++;
	}

	/** Something the person running the import should know that is not about a single row. */
	void note(String note) {
		notes.add(note);
	}

	Counts counts() {
		return new Counts(read, inserted, updated, unchanged, removed, skipped.size());
	}

	List<SkippedRow> skipped() {
		return List.copyOf(skipped);
	}

	List<String> notes() {
		return List.copyOf(notes);
	}
}
