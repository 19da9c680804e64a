package org.integrationskompass.contracts.domain;

/**
 * How a contract is financed: funded by the state, or a self-commitment of the partner without state money (as
 * the DRK's contract of 2019). The message key is {@code contracts.funding.<NAME>}.
 */
public enum FundingKind {

	STATE_FUNDED, SELF_COMMITMENT;

	public String messageKey() {
		return "contracts.funding." + name();
	}
}
