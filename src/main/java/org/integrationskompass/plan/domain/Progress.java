package org.integrationskompass.plan.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How far an indicator or a measure has come towards its target, from 0 to 100 percent — or explicitly no data
 * yet. "No data" is a state of its own and has no percentage: {@link #percent()} refuses to answer, so no page can
 * show it as 0 %.
 */
public final class Progress {

	/** Why there is no progress to show. */
	public enum Missing {
		/** No measured value yet (or only parts that do not count). */
		NO_VALUES,
		/** Values exist, but the indicator has no baseline to measure the way from. */
		NO_BASELINE,
		/** A measure without indicators and sub-measures: nothing measures it. */
		NO_PARTS
	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final @Nullable BigDecimal percent;

	private final @Nullable Missing missing;

	private final boolean beyondTarget;

	private final int partsMeasured;

	private final int parts;

	private Progress(@Nullable BigDecimal percent, @Nullable Missing missing, boolean beyondTarget, int partsMeasured,
			int parts) {
		this.percent = percent;
		this.missing = missing;
		this.beyondTarget = beyondTarget;
		this.partsMeasured = partsMeasured;
		this.parts = parts;
	}

	/** Progress from an unclamped percentage: below 0 counts as 0, beyond 100 as 100 (and is marked as beyond). */
	static Progress of(BigDecimal rawPercent, int partsMeasured, int parts) {
		var beyond = rawPercent.compareTo(HUNDRED) > 0;
		var clamped = rawPercent.max(BigDecimal.ZERO).min(HUNDRED).setScale(1, RoundingMode.HALF_UP);
		return new Progress(clamped, null, beyond, partsMeasured, parts);
	}

	static Progress none(Missing why, int parts) {
		return new Progress(null, why, false, 0, parts);
	}

	public boolean isMeasured() {
		return percent != null;
	}

	/** The progress in percent, 0.0 to 100.0 with one decimal; only for {@link #isMeasured() measured} progress. */
	public BigDecimal percent() {
		if (percent == null) {
			throw new IllegalStateException("No data yet (" + missing + "): there is no percentage to show");
		}
		return percent;
	}

	public Optional<BigDecimal> percentIfMeasured() {
		return Optional.ofNullable(percent);
	}

	/** Why there is no progress; empty when there is. */
	public Optional<Missing> missing() {
		return Optional.ofNullable(missing);
	}

	/** The latest value went past the target (shown as 100 %). */
	public boolean isBeyondTarget() {
		return beyondTarget;
	}

	/** How many of the {@link #parts()} had data and counted; 1 of 1 for a measured indicator. */
	public int partsMeasured() {
		return partsMeasured;
	}

	public int parts() {
		return parts;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Progress that && Objects.equals(percent, that.percent) && missing == that.missing
				&& beyondTarget == that.beyondTarget && partsMeasured == that.partsMeasured && parts == that.parts;
	}

	@Override
	public int hashCode() {
		return Objects.hash(percent, missing, beyondTarget, partsMeasured, parts);
	}

	@Override
	public String toString() {
		return percent == null ? "no data (" + missing + ")" : percent + " %";
	}
}
