package org.integrationskompass.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.persistence.ChangeLogged;

/**
 * A report or other document of a contract: always a PDF (checked by its content on upload), with a title and
 * whether it is an accessible PDF (tagged, PDF/UA), which visitors see before they download it. The bytes are in
 * {@link ContractDocumentFile}.
 */
@ChangeLogged(value = "contract", part = "document", owner = "contractId")
@Entity
@Table(name = "contracts_document")
public class ContractDocument {

	public static final String CONTENT_TYPE = "application/pdf";

	@Id
	private UUID id;

	@Column(name = "contract_id", nullable = false, updatable = false)
	private UUID contractId;

	@Column(nullable = false)
	private LocalizedText title;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private boolean accessible;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected ContractDocument() {
		this.id = UUID.randomUUID();
		this.contractId = UUID.randomUUID();
		this.title = LocalizedText.empty();
		this.fileName = "";
		this.uploadedAt = Instant.EPOCH;
	}

	ContractDocument(UUID contractId, LocalizedText title, String fileName, long sizeBytes, boolean accessible,
			Instant now) {
		this.id = UUID.randomUUID();
		this.contractId = contractId;
		this.title = title;
		this.fileName = fileName;
		this.sizeBytes = sizeBytes;
		this.accessible = accessible;
		this.uploadedAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID contractId() {
		return contractId;
	}

	public LocalizedText title() {
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
