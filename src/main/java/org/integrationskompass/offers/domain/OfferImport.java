package org.integrationskompass.offers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One CSV import of offers: the uploaded file until it has been read, the progress and the tally. */
@Entity
@Table(name = "offers_import")
public class OfferImport {

	/** Where a run stands; only QUEUED and RUNNING imports still hold their file. */
	public enum Status {
		QUEUED, RUNNING, FINISHED, FAILED;

		public boolean isOver() {
			return this == FINISHED || this == FAILED;
		}
	}

	@Id
	private UUID id;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	private @Nullable String content;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "total_rows", nullable = false)
	private int totalRows;

	@Column(name = "processed_rows", nullable = false)
	private int processedRows;

	@Column(name = "created_count", nullable = false)
	private int created;

	@Column(name = "updated_count", nullable = false)
	private int updated;

	@Column(name = "unchanged_count", nullable = false)
	private int unchanged;

	@Column(name = "rejected_count", nullable = false)
	private int rejected;

	@Column(name = "started_by", nullable = false)
	private String startedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "finished_at")
	private @Nullable Instant finishedAt;

	@Version
	private long version;

	protected OfferImport() {
		this.id = new UUID(0, 0);
		this.fileName = "";
		this.status = Status.QUEUED;
		this.startedBy = "";
		this.createdAt = Instant.EPOCH;
	}

	OfferImport(String fileName, String content, int totalRows, String startedBy, Instant now) {
		this.id = UUID.randomUUID();
		this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
		this.content = content;
		this.status = Status.QUEUED;
		this.totalRows = totalRows;
		this.startedBy = startedBy;
		this.createdAt = now;
	}

	/** Starts (or, after a restart, starts again: rows are idempotent) with a clean tally. */
	void begin() {
		this.status = Status.RUNNING;
		this.processedRows = 0;
		this.created = 0;
		this.updated = 0;
		this.unchanged = 0;
		this.rejected = 0;
	}

	void count(RowOutcome outcome) {
		processedRows++;
		switch (outcome) {
			case CREATED -> created++;
			case UPDATED -> updated++;
			case UNCHANGED -> unchanged++;
			case REJECTED -> rejected++;
			case SKIPPED -> {
			}
		}
	}

	void finish(Status end, Instant now) {
		this.status = end;
		this.finishedAt = now;
		this.content = null;
	}

	public UUID id() {
		return id;
	}

	public String fileName() {
		return fileName;
	}

	@Nullable
	String content() {
		return content;
	}

	public Status status() {
		return status;
	}

	public int totalRows() {
		return totalRows;
	}

	public int processedRows() {
		return processedRows;
	}

	/** Whole per cent of the rows done, 100 when over. */
	public int percent() {
		if (status.isOver() || totalRows == 0) {
			return 100;
		}
		return Math.min(100, processedRows * 100 / totalRows);
	}

	public int created() {
		return created;
	}

	public int updated() {
		return updated;
	}

	public int unchanged() {
		return unchanged;
	}

	public int rejected() {
		return rejected;
	}

	public String startedBy() {
		return startedBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public @Nullable Instant finishedAt() {
		return finishedAt;
	}

	/** What happened to one row. */
	public enum RowOutcome {
		CREATED, UPDATED, UNCHANGED, REJECTED, SKIPPED
	}
}
