package org.integrationskompass.plan.domain;

/** Whether a rising or a falling value is the improvement (employment rate: higher; school drop-outs: lower). */
public enum Direction {

	HIGHER_IS_BETTER(1), LOWER_IS_BETTER(-1);

	private final int sign;

	Direction(int sign) {
		this.sign = sign;
	}

	int sign() {
		return sign;
	}

	public String messageKey() {
		return "plan.direction." + name();
	}
}
