package org.integrationskompass.plan.domain;

public enum MeasureStatus {

	PLANNED, IN_PROGRESS, DONE;

	public String messageKey() {
		return "plan.status." + name();
	}
}
