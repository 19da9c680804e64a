package org.integrationskompass.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A measured value of an indicator was recorded, by hand in the back office or by a CSV import (one record per
 * value). News and newsletter may react to it later.
 *
 * @param indicatorId the indicator
 * @param date the day the value refers to
 * @param value the measured value in the indicator's unit
 */
public record IndicatorValueRecorded(IndicatorId indicatorId, LocalDate date, BigDecimal value) {
}
