package org.integrationskompass.offers.domain;

import org.integrationskompass.offers.domain.OfferImportEntry.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Something to report about a row of an import: a message key of the {@code offers.import} bundle (under
 * {@code offers.import.row.}) with at most one argument, and the column it concerns.
 */
public record RowProblem(Severity severity, @Nullable String column, String messageKey, @Nullable String argument) {

	static RowProblem error(@Nullable String column, String key, @Nullable String argument) {
		return new RowProblem(Severity.ERROR, column, "offers.import.row." + key, argument);
	}

	static RowProblem warning(@Nullable String column, String key, @Nullable String argument) {
		return new RowProblem(Severity.WARNING, column, "offers.import.row." + key, argument);
	}

	static RowProblem outcome(OfferImport.RowOutcome outcome) {
		return new RowProblem(outcome == OfferImport.RowOutcome.REJECTED ? Severity.ERROR : Severity.INFO, null,
				"offers.import.outcome." + outcome.name(), null);
	}
}
