package org.integrationskompass.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of a {@link ContractDocument}, loaded only for a download. */
@Entity
@Table(name = "contracts_document_file")
public class ContractDocumentFile {

	@Id
	@Column(name = "document_id")
	private UUID documentId;

	@Column(nullable = false)
	private byte[] data;

	protected ContractDocumentFile() {
		this.documentId = UUID.randomUUID();
		this.data = new byte[0];
	}

	ContractDocumentFile(UUID documentId, byte[] data) {
		this.documentId = documentId;
		this.data = data.clone();
	}

	public UUID documentId() {
		return documentId;
	}

	public byte[] data() {
		return data.clone();
	}
}
