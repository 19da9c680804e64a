package org.integrationskompass.contracts.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * How far a contract's measures have come: the mean of their progress in whole per cent (rounded half up), a
 * measure that is done counting as 100 %. Every measure weighs the same, because contracts state no weights.
 * A contract without measures has no progress at all ({@code percent} is null) rather than 0 %, which would
 * read as "nothing happened".
 *
 * @param percent the mean, or null when there are no measures
 */
public record OverallProgress(@Nullable Integer percent, int measures, int done) {

	public static OverallProgress of(Collection<MeasureProgress> measures) {
		if (measures.isEmpty()) {
			return new OverallProgress(null, 0, 0);
		}
		var sum = measures.stream().mapToInt(MeasureProgress::effective).sum();
		var mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(measures.size()), 0, RoundingMode.HALF_UP);
		var done = (int) measures.stream().filter(measure -> measure.status() == MeasureStatus.DONE).count();
		return new OverallProgress(mean.intValueExact(), measures.size(), done);
	}

	public boolean hasMeasures() {
		return percent != null;
	}

	public boolean complete() {
		return measures > 0 && done == measures;
	}
}
