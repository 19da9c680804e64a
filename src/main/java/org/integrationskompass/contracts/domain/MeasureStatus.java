package org.integrationskompass.contracts.domain;

/** Where an agreed measure stands; the message key is {@code contracts.measure.status.<NAME>}. */
public enum MeasureStatus {

	PLANNED, IN_PROGRESS, DONE;

	public String messageKey() {
		return "contracts.measure.status." + name();
	}
}
