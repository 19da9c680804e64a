package org.integrationskompass.contracts.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.integrationskompass.contracts.ContractSigned;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.domain.Slug;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff keep the contracts: create and edit them, their measures and documents, publish and withdraw them. This is
 * the one place that publishes {@link ContractSigned}: the first time a contract is public with a signing date,
 * whether that is by publishing it or by adding the date to a published contract, and never again after that.
 */
@Service
public class ContractAdministration {

	private final ContractRepository contracts;

	private final ContractDocumentRepository documents;

	private final ContractDocumentFileRepository files;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	ContractAdministration(ContractRepository contracts, ContractDocumentRepository documents,
			ContractDocumentFileRepository files, ApplicationEventPublisher publisher, Clock clock) {
		this.contracts = contracts;
		this.documents = documents;
		this.files = files;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** A new contract, as a draft; its address is made from the German title and kept unique. */
	@Transactional
	public IntegrationContract create(ContractDetails details) {
		var base = Slug.of(details.title().in(LocalizedText.GERMAN).text());
		var slug = base.isEmpty() ? "integrationsvertrag" : base;
		var candidate = slug;
		for (var n = 2; contracts.findBySlug(candidate).isPresent(); n++) {
			candidate = slug + "-" + n;
		}
		return contracts.save(new IntegrationContract(candidate, details, clock.instant()));
	}

	@Transactional
	public Optional<IntegrationContract> update(UUID id, ContractDetails details) {
		return contracts.findById(id).map(contract -> {
			contract.describe(details, clock.instant());
			announceSigning(contract);
			return contract;
		});
	}

	@Transactional
	public Optional<IntegrationContract> publish(UUID id) {
		return contracts.findById(id).map(contract -> {
			contract.publish(clock.instant());
			announceSigning(contract);
			return contract;
		});
	}

	@Transactional
	public Optional<IntegrationContract> unpublish(UUID id) {
		return contracts.findById(id).map(contract -> {
			contract.unpublish(clock.instant());
			return contract;
		});
	}

	@Transactional
	public Optional<Measure> addMeasure(UUID contractId, MeasureDetails details) {
		return contracts.findById(contractId).map(contract -> {
			var measure = contract.addMeasure(details, clock.instant());
			contracts.flush();
			return measure;
		});
	}

	@Transactional
	public boolean changeMeasure(UUID contractId, UUID measureId, MeasureDetails details) {
		return contracts.findById(contractId)
			.map(contract -> contract.changeMeasure(measureId, details, clock.instant()))
			.orElse(false);
	}

	@Transactional
	public boolean removeMeasure(UUID contractId, UUID measureId) {
		return contracts.findById(contractId)
			.map(contract -> contract.removeMeasure(measureId, clock.instant()))
			.orElse(false);
	}

	/** Stores a PDF the caller has checked (its first bytes are {@code %PDF-}). */
	@Transactional
	public Optional<ContractDocument> addDocument(UUID contractId, LocalizedText title, String fileName,
			boolean accessible, byte[] pdf) {
		return contracts.findById(contractId).map(contract -> {
			var document = documents.save(new ContractDocument(contract.id(), title, fileName, pdf.length, accessible,
					clock.instant()));
			files.save(new ContractDocumentFile(document.id(), pdf));
			return document;
		});
	}

	@Transactional
	public boolean removeDocument(UUID contractId, UUID documentId) {
		var document = documents.findById(documentId).filter(found -> found.contractId().equals(contractId));
		document.ifPresent(found -> {
			files.deleteById(found.id());
			documents.delete(found);
		});
		return document.isPresent();
	}

	@Transactional(readOnly = true)
	public Optional<IntegrationContract> find(UUID id) {
		return contracts.findById(id);
	}

	@Transactional(readOnly = true)
	public List<ContractDocument> documents(UUID contractId) {
		return documents.findByContractIdOrderByUploadedAtAsc(contractId);
	}

	@Transactional(readOnly = true)
	public Optional<DocumentDownload> download(UUID contractId, UUID documentId) {
		return documents.findById(documentId)
			.filter(document -> document.contractId().equals(contractId))
			.flatMap(document -> files.findById(document.id()).map(file -> new DocumentDownload(document, file.data())));
	}

	private void announceSigning(IntegrationContract contract) {
		if (contract.announceSigning()) {
			publisher.publishEvent(new ContractSigned(contract.contractId(), java.util.Objects.requireNonNull(contract.signedOn())));
		}
	}

	/** A document with its bytes. */
	public record DocumentDownload(ContractDocument document, byte[] data) {
	}
}
