package org.integrationskompass.newsletter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The PDF of a sent issue, made once when sending starts: what was sent is what the archive offers. */
@Entity
@Table(name = "newsletter_pdf")
public class IssuePdf {

	@Id
	@Column(name = "issue_id")
	private long issueId;

	@Column(nullable = false)
	private byte[] data;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected IssuePdf() {
		this.data = new byte[0];
		this.createdAt = Instant.EPOCH;
	}

	IssuePdf(long issueId, byte[] data, Instant createdAt) {
		this.issueId = issueId;
		this.data = data;
		this.createdAt = createdAt;
	}

	public byte[] data() {
		return data;
	}
}
