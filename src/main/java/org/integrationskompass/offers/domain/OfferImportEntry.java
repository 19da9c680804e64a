package org.integrationskompass.offers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A line of an import's report. The message is stored as a key with one argument, so each reader sees it in the
 * language of the back office they use.
 */
@Entity
@Table(name = "offers_import_entry")
public class OfferImportEntry {

	/** INFO: the outcome of a row; WARNING: imported, but changed on the way; ERROR: the row was not imported. */
	public enum Severity {
		INFO, WARNING, ERROR
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "import_id", nullable = false, updatable = false)
	private UUID importId;

	@Column(name = "row_number", nullable = false)
	private int rowNumber;

	@Column(name = "external_id")
	private @Nullable String externalId;

	@Column(name = "column_name")
	private @Nullable String column;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Severity severity;

	@Column(name = "message_key", nullable = false)
	private String messageKey;

	private @Nullable String argument;

	protected OfferImportEntry() {
		this.importId = new UUID(0, 0);
		this.severity = Severity.INFO;
		this.messageKey = "";
	}

	OfferImportEntry(UUID importId, int rowNumber, @Nullable String externalId, RowProblem problem) {
		this.importId = importId;
		this.rowNumber = rowNumber;
		this.externalId = cut(externalId, 100);
		this.column = problem.column();
		this.severity = problem.severity();
		this.messageKey = problem.messageKey();
		this.argument = cut(problem.argument(), 500);
	}

	private static @Nullable String cut(@Nullable String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

	public int rowNumber() {
		return rowNumber;
	}

	public @Nullable String externalId() {
		return externalId;
	}

	public @Nullable String column() {
		return column;
	}

	public Severity severity() {
		return severity;
	}

	public String messageKey() {
		return messageKey;
	}

	public @Nullable String argument() {
		return argument;
	}
}
