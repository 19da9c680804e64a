package org.integrationskompass.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A partner organisation of a contract: one of the directory (by its id; the name is a copy for when the
 * directory no longer has it) or a name only, for partners not listed in the directory.
 */
@Embeddable
public class ContractPartner {

	@Column(name = "organisation_id")
	private @Nullable UUID organisationId;

	@Column(nullable = false)
	private String name;

	protected ContractPartner() {
		this.name = "";
	}

	public ContractPartner(@Nullable UUID organisationId, String name) {
		this.organisationId = organisationId;
		this.name = name.strip();
	}

	public @Nullable UUID organisationId() {
		return organisationId;
	}

	public String name() {
		return name;
	}
}
