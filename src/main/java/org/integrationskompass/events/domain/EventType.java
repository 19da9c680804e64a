package org.integrationskompass.events.domain;

/** The kinds of events the office and the Kompetenzzentrum hold. */
public enum EventType {
	CONFERENCE, WORKSHOP, NETWORKING, ONLINE, PODIUM, INFORMATION;

	public String messageKey() {
		return "events.type." + name();
	}
}
