package org.integrationskompass.contracts.domain;

/** Drafts are for staff only; published contracts are public. */
public enum ContractStatus {
	DRAFT, PUBLISHED
}
