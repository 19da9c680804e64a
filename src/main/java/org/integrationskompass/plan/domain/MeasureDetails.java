package org.integrationskompass.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** What staff set on a measure. */
public record MeasureDetails(@Nullable UUID parentId, LocalizedText title, LocalizedText description,
		String responsibleBody, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, MeasureStatus status,
		BigDecimal weight) {
}
