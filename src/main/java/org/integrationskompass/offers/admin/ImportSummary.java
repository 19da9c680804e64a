package org.integrationskompass.offers.admin;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.integrationskompass.offers.domain.OfferImport;
import org.jspecify.annotations.Nullable;

/** An import as the status page and the list of recent imports show it. */
record ImportSummary(UUID id, String fileName, String status, boolean over, int totalRows, int processedRows,
		int percent, int created, int updated, int unchanged, int rejected, String startedBy, ZonedDateTime startedAt,
		@Nullable ZonedDateTime finishedAt) {

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	static ImportSummary of(OfferImport run) {
		return new ImportSummary(run.id(), run.fileName(), run.status().name(), run.status().isOver(), run.totalRows(),
				run.processedRows(), run.percent(), run.created(), run.updated(), run.unchanged(), run.rejected(),
				run.startedBy(), run.createdAt().atZone(OFFICE_ZONE),
				run.finishedAt() == null ? null : run.finishedAt().atZone(OFFICE_ZONE));
	}
}
