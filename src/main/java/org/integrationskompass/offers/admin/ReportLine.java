package org.integrationskompass.offers.admin;

import org.integrationskompass.offers.domain.OfferImportEntry;
import org.jspecify.annotations.Nullable;

/** One line of an import's report; the message is a key with one argument, rendered in the reader's language. */
record ReportLine(int row, @Nullable String externalId, @Nullable String column, String severity, String messageKey,
		@Nullable String argument) {

	static ReportLine of(OfferImportEntry entry) {
		return new ReportLine(entry.rowNumber(), entry.externalId(), entry.column(), entry.severity().name(),
				entry.messageKey(), entry.argument());
	}
}
