package org.integrationskompass.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.integrationskompass.plan.domain.ProgressRules.Part;
import org.junit.jupiter.api.Test;

class ProgressRulesTests {

	private static final Direction UP = Direction.HIGHER_IS_BETTER;

	private static final Direction DOWN = Direction.LOWER_IS_BETTER;

	@Test
	void measuresTheShareOfTheWayFromBaselineToTarget() {
		assertThat(indicator(UP, "40", "60", "45").percent()).isEqualByComparingTo("25");
		assertThat(indicator(UP, "78", "88", "82.9").percent()).isEqualByComparingTo("49");
		assertThat(indicator(UP, "40", "60", "60").percent()).isEqualByComparingTo("100");
		assertThat(indicator(UP, "40", "60", "40").percent()).isEqualByComparingTo("0");
	}

	@Test
	void countsAFallAsProgressWhenLowerIsBetter() {
		var progress = indicator(DOWN, "12.4", "8", "10.7");

		assertThat(progress.isMeasured()).isTrue();
		assertThat(progress.percent()).isEqualByComparingTo("38.6");
		assertThat(indicator(DOWN, "16", "10", "17").percent()).as("worse than the baseline").isEqualByComparingTo("0");
	}

	@Test
	void capsOvershootingTheTargetAtAHundredPercentAndSaysSo() {
		var beyond = indicator(UP, "14000", "18000", "18250");

		assertThat(beyond.percent()).isEqualByComparingTo("100");
		assertThat(beyond.isBeyondTarget()).isTrue();
		assertThat(indicator(UP, "40", "60", "50").isBeyondTarget()).isFalse();
	}

	@Test
	void capsOvershootingATargetBelowTheBaselineWhenLowerIsBetter() {
		var beyond = indicator(DOWN, "14", "6", "4");

		assertThat(beyond.percent()).isEqualByComparingTo("100");
		assertThat(beyond.isBeyondTarget()).isTrue();
	}

	@Test
	void clampsAValueWorseThanTheBaselineToZero() {
		assertThat(indicator(UP, "52.3", "58", "50").percent()).isEqualByComparingTo("0");
	}

	@Test
	void treatsATargetEqualToTheBaselineAsHoldingTheLevel() {
		assertThat(indicator(UP, "50", "50", "50").percent()).isEqualByComparingTo("100");
		assertThat(indicator(UP, "50", "50", "51").percent()).isEqualByComparingTo("100");
		assertThat(indicator(UP, "50", "50", "49").percent()).isEqualByComparingTo("0");
		assertThat(indicator(DOWN, "5", "5", "4").percent()).isEqualByComparingTo("100");
		assertThat(indicator(DOWN, "5", "5", "6").percent()).isEqualByComparingTo("0");
	}

	@Test
	void hasNoDataWithoutValuesAndNeverShowsZeroPercent() {
		var none = ProgressRules.ofIndicator(UP, new BigDecimal("40"), new BigDecimal("60"), null);

		assertThat(none.isMeasured()).isFalse();
		assertThat(none.missing()).contains(Progress.Missing.NO_VALUES);
		assertThat(none.percentIfMeasured()).isEmpty();
		assertThatThrownBy(none::percent).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void hasNoDataWithoutABaseline() {
		var none = ProgressRules.ofIndicator(UP, null, new BigDecimal("60"), new BigDecimal("50"));

		assertThat(none.isMeasured()).isFalse();
		assertThat(none.missing()).contains(Progress.Missing.NO_BASELINE);
	}

	@Test
	void averagesThePartsOfAMeasureByTheirWeights() {
		var mean = ProgressRules.weightedMean(List.of(part("100", 1), part("40", 3)));

		assertThat(mean.percent()).isEqualByComparingTo("55");
		assertThat(mean.partsMeasured()).isEqualTo(2);
		assertThat(mean.parts()).isEqualTo(2);
	}

	@Test
	void leavesPartsWithoutDataOutInsteadOfCountingThemAsZero() {
		var mean = ProgressRules.weightedMean(List.of(part("80", 1),
				new Part(ProgressRules.ofIndicator(UP, BigDecimal.ONE, BigDecimal.TEN, null), BigDecimal.ONE)));

		assertThat(mean.percent()).isEqualByComparingTo("80");
		assertThat(mean.partsMeasured()).isEqualTo(1);
		assertThat(mean.parts()).isEqualTo(2);
	}

	@Test
	void leavesPartsWeightedZeroOut() {
		assertThat(ProgressRules.weightedMean(List.of(part("80", 2), part("0", 0))).percent()).isEqualByComparingTo("80");
	}

	@Test
	void hasNoDataWhenEveryPartIsWeightedZero() {
		var mean = ProgressRules.weightedMean(List.of(part("80", 0), part("20", 0)));

		assertThat(mean.isMeasured()).isFalse();
		assertThat(mean.missing()).contains(Progress.Missing.NO_VALUES);
	}

	@Test
	void hasNoDataForAMeasureWithoutParts() {
		var empty = ProgressRules.weightedMean(List.of());

		assertThat(empty.isMeasured()).isFalse();
		assertThat(empty.missing()).contains(Progress.Missing.NO_PARTS);
		assertThat(ProgressRules.weightedMean(List.of(new Part(empty, BigDecimal.ONE))).missing())
			.as("a measure whose only sub-measure has no parts").contains(Progress.Missing.NO_PARTS);
	}

	@Test
	void hasNoDataWhenNoPartHasData() {
		var none = ProgressRules.ofIndicator(UP, BigDecimal.ONE, BigDecimal.TEN, null);

		assertThat(ProgressRules.weightedMean(List.of(new Part(none, BigDecimal.ONE))).missing())
			.contains(Progress.Missing.NO_VALUES);
	}

	private static Progress indicator(Direction direction, String baseline, String target, String latest) {
		return ProgressRules.ofIndicator(direction, new BigDecimal(baseline), new BigDecimal(target), new BigDecimal(latest));
	}

	private static Part part(String percent, int weight) {
		return new Part(indicator(UP, "0", "100", percent), BigDecimal.valueOf(weight));
	}
}
