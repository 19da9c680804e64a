package org.integrationskompass.events.domain;

/**
 * The Kompetenzzentrum's colour code: orange for the Fachstelle for migrant organisations, green for the
 * WIR-Lots*innen, blue for topics both share.
 */
public enum EventCategory {
	MIGRANT_ORGANISATIONS, LOTSINNEN, SHARED;

	public String messageKey() {
		return "events.category." + name();
	}
}
