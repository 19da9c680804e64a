package org.integrationskompass.plan.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rules by which the plan measures progress.
 *
 * <p>An indicator's progress is the share of the way from the baseline to the target that the latest value has
 * covered: (latest − baseline) / (target − baseline), clamped to 0..100 %. The improvement is counted in the
 * indicator's {@link Direction}, so for "lower is better" a fall is progress, and a value past the target counts
 * as 100 % (marked as beyond the target). When target and baseline are equal, the goal is to hold that level:
 * 100 % when the latest value is at the target or better, 0 % otherwise. Without a measured value or without a
 * baseline there is no progress — never 0 %.
 *
 * <p>A measure's progress is the weighted mean of its parts (its indicators and sub-measures), Decidim's rule.
 * Parts without data are left out (they are not counted as 0 %), and so are parts weighted 0: staff use weight 0
 * for an indicator that is shown but should not move the measure. When no part has data and weight, the measure
 * has no data either; a measure without any parts has none ({@link Progress.Missing#NO_PARTS}).
 */
public final class ProgressRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final MathContext PRECISION = MathContext.DECIMAL64;

	private ProgressRules() {
	}

	public static Progress ofIndicator(Direction direction, @Nullable BigDecimal baseline, BigDecimal target,
			@Nullable BigDecimal latest) {
		if (latest == null) {
			return Progress.none(Progress.Missing.NO_VALUES, 1);
		}
		if (baseline == null) {
			return Progress.none(Progress.Missing.NO_BASELINE, 1);
		}
		var sign = BigDecimal.valueOf(direction.sign());
		var distance = target.subtract(baseline).abs();
		if (distance.signum() == 0) {
			var atOrBetter = latest.subtract(target).multiply(sign).signum() >= 0;
			return Progress.of(atOrBetter ? HUNDRED : BigDecimal.ZERO, 1, 1);
		}
		var improvement = latest.subtract(baseline).multiply(sign);
		return Progress.of(improvement.multiply(HUNDRED).divide(distance, PRECISION), 1, 1);
	}

	/** A part of a measure with the weight staff gave it. */
	public record Part(Progress progress, BigDecimal weight) {
	}

	public static Progress weightedMean(List<Part> parts) {
		if (parts.isEmpty()) {
			return Progress.none(Progress.Missing.NO_PARTS, 0);
		}
		var counted = parts.stream()
			.filter(part -> part.progress().isMeasured() && part.weight().signum() > 0)
			.toList();
		if (counted.isEmpty()) {
			var why = parts.stream().allMatch(part -> part.progress().missing().orElse(null) == Progress.Missing.NO_PARTS)
					? Progress.Missing.NO_PARTS : Progress.Missing.NO_VALUES;
			return Progress.none(why, parts.size());
		}
		var weights = BigDecimal.ZERO;
		var sum = BigDecimal.ZERO;
		for (var part : counted) {
			weights = weights.add(part.weight());
			sum = sum.add(part.progress().percent().multiply(part.weight()));
		}
		return Progress.of(sum.divide(weights, PRECISION), counted.size(), parts.size());
	}
}
