package org.integrationskompass.plan.domain;

/** What is wrong with a measured value (a row of an import or a value typed by hand). */
public enum ValueProblem {

	MISSING_FIELD, TOO_MANY_FIELDS, UNKNOWN_INDICATOR, NOT_A_NUMBER, AMBIGUOUS_NUMBER, DATE_INVALID, DATE_IN_FUTURE,
	DUPLICATE_IN_FILE, ALREADY_RECORDED, NOTE_TOO_LONG;

	public String messageKey() {
		return "plan.value.problem." + name();
	}
}
