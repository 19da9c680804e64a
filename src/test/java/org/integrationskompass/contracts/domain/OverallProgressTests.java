package org.integrationskompass.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverallProgressTests {

	@Test
	void hasNoPercentageAtAllWhenThereAreNoMeasures() {
		var progress = OverallProgress.of(List.of());

		assertThat(progress.percent()).isNull();
		assertThat(progress.hasMeasures()).isFalse();
		assertThat(progress.complete()).isFalse();
	}

	@Test
	void isTheMeanOfTheMeasuresProgress() {
		var progress = OverallProgress.of(List.of(new MeasureProgress(MeasureStatus.IN_PROGRESS, 40),
				new MeasureProgress(MeasureStatus.PLANNED, 0), new MeasureProgress(MeasureStatus.IN_PROGRESS, 80)));

		assertThat(progress.percent()).isEqualTo(40);
		assertThat(progress.measures()).isEqualTo(3);
		assertThat(progress.done()).isZero();
	}

	@Test
	void countsAMeasureThatIsDoneAsAHundredPerCentWhateverNumberItHas() {
		var progress = OverallProgress.of(List.of(new MeasureProgress(MeasureStatus.DONE, 20),
				new MeasureProgress(MeasureStatus.PLANNED, 0)));

		assertThat(progress.percent()).isEqualTo(50);
		assertThat(progress.done()).isEqualTo(1);
	}

	@Test
	void roundsHalfUpToWholePerCent() {
		assertThat(OverallProgress.of(List.of(new MeasureProgress(MeasureStatus.IN_PROGRESS, 70),
				new MeasureProgress(MeasureStatus.IN_PROGRESS, 60), new MeasureProgress(MeasureStatus.DONE, 0),
				new MeasureProgress(MeasureStatus.IN_PROGRESS, 40))).percent()).isEqualTo(68);
		assertThat(OverallProgress.of(List.of(new MeasureProgress(MeasureStatus.IN_PROGRESS, 1),
				new MeasureProgress(MeasureStatus.IN_PROGRESS, 2))).percent()).isEqualTo(2);
		assertThat(OverallProgress.of(List.of(new MeasureProgress(MeasureStatus.IN_PROGRESS, 1),
				new MeasureProgress(MeasureStatus.PLANNED, 0), new MeasureProgress(MeasureStatus.PLANNED, 0))).percent())
			.isZero();
	}

	@Test
	void isCompleteOnlyWhenEveryMeasureIsDone() {
		assertThat(OverallProgress.of(List.of(new MeasureProgress(MeasureStatus.DONE, 100),
				new MeasureProgress(MeasureStatus.DONE, 100))).complete()).isTrue();
		assertThat(OverallProgress.of(List.of(new MeasureProgress(MeasureStatus.DONE, 100),
				new MeasureProgress(MeasureStatus.IN_PROGRESS, 100))).complete()).isFalse();
	}

	@Test
	void refusesProgressOutsideZeroToAHundred() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MeasureProgress(MeasureStatus.IN_PROGRESS, 101));
		assertThatIllegalArgumentException().isThrownBy(() -> new MeasureProgress(MeasureStatus.PLANNED, -1));
	}
}
