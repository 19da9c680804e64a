package org.integrationskompass.organisations;

/**
 * The two Fachstellen of the Kompetenzzentrum Vielfalt Hessen an organisation can be affiliated with: Fachstelle
 * Migrantenorganisationen (colour orange) and Fachstelle WIR-Lots*innen (colour green).
 */
public enum Fachstelle {

	MIGRANT_ORGANISATIONS, WIR_LOTSINNEN;

	public String messageKey() {
		return "organisations.fachstelle." + name();
	}
}
