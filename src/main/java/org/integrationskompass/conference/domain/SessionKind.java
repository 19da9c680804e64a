package org.integrationskompass.conference.domain;

/** A plenary session of the whole conference or a session of one working group. */
public enum SessionKind {

	PLENARY, WORKING_GROUP;

	public String messageKey() {
		return "conference.kind." + name();
	}
}
