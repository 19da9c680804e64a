package org.integrationskompass.regions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One imported file. Kept for the licence credits (shown while data from the set is in use) and as an audit trail.
 */
@Entity
@Table(name = "regions_import")
public class DataSetImport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "data_set", nullable = false)
	private DataSet dataSet;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(nullable = false)
	private String credit;

	@Column(name = "rows_read", nullable = false)
	private int rowsRead;

	@Column(name = "inserted_count", nullable = false)
	private int inserted;

	@Column(name = "updated_count", nullable = false)
	private int updated;

	@Column(name = "unchanged_count", nullable = false)
	private int unchanged;

	@Column(name = "removed_count", nullable = false)
	private int removed;

	@Column(name = "skipped_count", nullable = false)
	private int skipped;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	protected DataSetImport() {
	}

	public DataSetImport(DataSet dataSet, String fileName, String credit, Counts counts, Instant importedAt) {
		this.dataSet = dataSet;
		this.fileName = fileName;
		this.credit = credit;
		this.rowsRead = counts.rowsRead();
		this.inserted = counts.inserted();
		this.updated = counts.updated();
		this.unchanged = counts.unchanged();
		this.removed = counts.removed();
		this.skipped = counts.skipped();
		this.importedAt = importedAt;
	}

	/** What an import did to the rows of one file. */
	public record Counts(int rowsRead, int inserted, int updated, int unchanged, int removed, int skipped) {

		/** Rows of the file that are now in the database. */
		public int accepted() {
			return inserted + updated + unchanged;
		}
	}

	public DataSet dataSet() {
		return dataSet;
	}

	public String fileName() {
		return fileName;
	}

	public String credit() {
		return credit;
	}

	public Counts counts() {
		return new Counts(rowsRead, inserted, updated, unchanged, removed, skipped);
	}

	public Instant importedAt() {
		return importedAt;
	}
}
