package org.integrationskompass.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A PDF of a session (minutes, a presentation); its bytes are in {@link DocumentContent}. */
@Entity
@Table(name = "conference_document")
public class SessionDocument {

	@Id
	private UUID id;

	@Column(name = "session_id", nullable = false, updatable = false)
	private UUID sessionId;

	@Column(nullable = false)
	private String title;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private boolean accessible;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected SessionDocument() {
		this.id = UUID.randomUUID();
		this.sessionId = id;
		this.title = "";
		this.fileName = "";
		this.uploadedAt = Instant.EPOCH;
	}

	SessionDocument(UUID sessionId, String title, String fileName, long sizeBytes, boolean accessible, Instant now) {
		this();
		this.sessionId = sessionId;
		this.title = title;
		this.fileName = fileName;
		this.sizeBytes = sizeBytes;
		this.accessible = accessible;
		this.uploadedAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID sessionId() {
		return sessionId;
	}

	public String title() {
		return title;
	}

	public String fileName() {
		return fileName;
	}

	public long sizeBytes() {
		return sizeBytes;
	}

	public boolean accessible() {
		return accessible;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}
}
