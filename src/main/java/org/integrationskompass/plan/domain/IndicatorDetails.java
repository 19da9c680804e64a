package org.integrationskompass.plan.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** What staff set on an indicator. */
public record IndicatorDetails(UUID measureId, LocalizedText title, LocalizedText goal, LocalizedText unit,
		Direction direction, @Nullable BigDecimal baselineValue, @Nullable LocalDate baselineOn, BigDecimal targetValue,
		LocalDate targetOn, String dataSource, BigDecimal weight, boolean demo) {
}
