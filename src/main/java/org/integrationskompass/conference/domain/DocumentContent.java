package org.integrationskompass.conference.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of a {@link SessionDocument}, kept apart so that lists never load them. */
@Entity
@Table(name = "conference_document_content")
public class DocumentContent {

	@Id
	@Column(name = "document_id")
	private UUID documentId;

	@Column(nullable = false)
	private byte[] data;

	protected DocumentContent() {
		this.documentId = UUID.randomUUID();
		this.data = new byte[0];
	}

	DocumentContent(UUID documentId, byte[] data) {
		this.documentId = documentId;
		this.data = data.clone();
	}

	public byte[] data() {
		return data.clone();
	}
}
