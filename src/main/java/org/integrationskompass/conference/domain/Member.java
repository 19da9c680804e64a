package org.integrationskompass.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member organisation of the conference: an organisation of the directory (then its profile is linked and its
 * name kept here as it was when added) or just a name, for bodies that are not in the directory.
 */
@Entity
@Table(name = "conference_member")
public class Member {

	@Id
	private UUID id;

	@Column(name = "organisation_id")
	private @Nullable UUID organisationId;

	@Column(nullable = false)
	private String name;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Member() {
		this.id = UUID.randomUUID();
		this.name = "";
		this.createdAt = Instant.EPOCH;
	}

	Member(@Nullable UUID organisationId, String name, Instant now) {
		this.id = UUID.randomUUID();
		this.organisationId = organisationId;
		this.name = name;
		this.createdAt = now;
	}

	public UUID id() {
		return id;
	}

	public @Nullable UUID organisationId() {
		return organisationId;
	}

	public String name() {
		return name;
	}
}
