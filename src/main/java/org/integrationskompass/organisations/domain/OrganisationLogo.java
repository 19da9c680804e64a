package org.integrationskompass.organisations.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.integrationskompass.organisations.OrganisationId;
import org.integrationskompass.shared.persistence.ChangeLogged;

/** An organisation's logo: PNG, JPEG or WebP only (never SVG, which can carry scripts). */
@ChangeLogged(value = "organisation", part = "logo")
@Entity
@Table(name = "organisations_logo")
public class OrganisationLogo {

	public static final Set<String> CONTENT_TYPES = Set.of("image/png", "image/jpeg", "image/webp");

	@Id
	@Column(name = "organisation_id")
	private UUID organisationId;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false)
	private byte[] data;

	@Column(name = "updated_at", nullable = false)
	private Instant updated;

	protected OrganisationLogo() {
		this.organisationId = new UUID(0, 0);
		this.contentType = "";
		this.data = new byte[0];
		this.updated = Instant.EPOCH;
	}

	public OrganisationLogo(OrganisationId organisation, String contentType, byte[] data, Instant now) {
		if (!CONTENT_TYPES.contains(contentType)) {
			throw new IllegalArgumentException("Unsupported logo type: " + contentType);
		}
		this.organisationId = organisation.value();
		this.contentType = contentType;
		this.data = data.clone();
		this.updated = now;
	}

	public void replace(String newContentType, byte[] newData, Instant now) {
		if (!CONTENT_TYPES.contains(newContentType)) {
			throw new IllegalArgumentException("Unsupported logo type: " + newContentType);
		}
		this.contentType = newContentType;
		this.data = newData.clone();
		this.updated = now;
	}

	public String contentType() {
		return contentType;
	}

	public byte[] data() {
		return data.clone();
	}

	public Instant updated() {
		return updated;
	}
}
