package org.integrationskompass.contracts;

import java.util.UUID;

/** Identifies an integration contract; other modules store it instead of referring to the contract's row. */
public record ContractId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
