package org.integrationskompass.contracts.domain;

/**
 * A measure's status with the progress staff gave it (0 to 100 per cent). A measure that is done counts as
 * 100 % whatever number was entered, so "done" and "finished" can never disagree.
 */
public record MeasureProgress(MeasureStatus status, int progress) {

	public MeasureProgress {
		if (progress < 0 || progress > 100) {
			throw new IllegalArgumentException("progress must be 0..100: " + progress);
		}
	}

	public int effective() {
		return status == MeasureStatus.DONE ? 100 : progress;
	}
}
