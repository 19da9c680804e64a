package org.integrationskompass.offers.domain;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.integrationskompass.offers.domain.OfferImport.RowOutcome;
import org.integrationskompass.offers.domain.OfferImport.Status;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports offers from CSV files in the background, one import at a time, each row in its own transaction: a bad
 * row is reported and skipped, the others are saved. Rows are matched on the external ID, so importing the same
 * file again changes nothing and reports every row as unchanged. Progress is stored after every row; an import
 * that a restart interrupted runs again from its stored file (which is safe, because rows are idempotent).
 */
@Service
public class OfferImportService {

	private static final Logger log = LoggerFactory.getLogger(OfferImportService.class);

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	private final OfferImportRepository imports;

	private final OfferImportEntryRepository entries;

	private final OfferRepository offers;

	private final OfferService offerService;

	private final OfferRowReader reader;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		var thread = new Thread(task, "offer-import");
		thread.setDaemon(true);
		return thread;
	});

	OfferImportService(OfferImportRepository imports, OfferImportEntryRepository entries, OfferRepository offers,
			OfferService offerService, OfferRowReader reader, EntityManager entityManager,
			PlatformTransactionManager transactionManager) {
		this.imports = imports;
		this.entries = entries;
		this.offers = offers;
		this.offerService = offerService;
		this.reader = reader;
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Stores the checked file and queues it; the returned import can be watched while it runs. */
	public OfferImport start(String fileName, OfferCsvFile file, String startedBy) {
		var started = transactions.execute(status -> imports.save(new OfferImport(fileName, file.text(), file.rows(),
				startedBy, offerService.clock().instant())));
		var id = java.util.Objects.requireNonNull(started).id();
		worker.submit(() -> run(id));
		return started;
	}

	@EventListener(ApplicationReadyEvent.class)
	void resumeInterruptedImports() {
		for (var unfinished : imports.findByStatusInOrderByCreatedAtAsc(List.of(Status.QUEUED, Status.RUNNING))) {
			log.info("Resuming offer import {} ({})", unfinished.id(), unfinished.fileName());
			var id = unfinished.id();
			worker.submit(() -> run(id));
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

	@Transactional(readOnly = true)
	public Optional<OfferImport> find(UUID id) {
		return imports.findById(id);
	}

	@Transactional(readOnly = true)
	public List<OfferImport> recent() {
		return imports.findTop10ByOrderByCreatedAtDesc();
	}

	/** The report's first {@code limit} lines, by row. */
	@Transactional(readOnly = true)
	public List<OfferImportEntry> report(UUID id, int limit) {
		return entries.findByImportIdOrderByRowNumberAscIdAsc(id, Limit.of(limit));
	}

	@Transactional(readOnly = true)
	public long reportSize(UUID id) {
		return entries.countByImportId(id);
	}

	void run(UUID id) {
		var text = transactions.execute(status -> {
			var current = imports.findById(id).orElse(null);
			if (current == null || current.status().isOver() || current.content() == null) {
				return null;
			}
			entries.deleteByImportId(id);
			current.begin();
			return current.content();
		});
		if (text == null) {
			return;
		}
		try {
			var file = OfferCsvFile.stored(text);
			var lookups = reader.lookups();
			var seen = new HashSet<String>();
			file.forEachRow((number, row) -> importRow(id, number, row, lookups, seen));
			finish(id, Status.FINISHED);
		}
		catch (RuntimeException failure) {
			log.error("Offer import {} failed", id, failure);
			finish(id, Status.FAILED);
		}
	}

	private void finish(UUID id, Status end) {
		transactions.executeWithoutResult(
				status -> imports.findById(id).ifPresent(i -> i.finish(end, offerService.clock().instant())));
	}

	private void importRow(UUID id, int number, Map<String, String> row, OfferRowReader.Lookups lookups,
			Set<String> seen) {
		var externalId = row.getOrDefault(OfferCsvFormat.EXTERNAL_ID, "");
		try {
			transactions.executeWithoutResult(status -> {
				// Waiting for every row's index commit (fsync) would make large files slow; a refresh is enough
				// for the rows to be searchable when the import reports them done.
				Search.session(entityManager)
					.indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.readSync());
				var current = imports.findById(id).orElseThrow();
				if (!externalId.isEmpty() && !seen.add(externalId)) {
					record(current, number, externalId,
							List.of(RowProblem.error(OfferCsvFormat.EXTERNAL_ID, "duplicateInFile", externalId)),
							RowOutcome.REJECTED);
					return;
				}
				var existing = externalId.isEmpty() ? null : offers.findByExternalId(externalId).orElse(null);
				var result = reader.read(row, existing, lookups, LocalDate.now(offerService.clock().withZone(OFFICE_ZONE)));
				var details = result.details();
				RowOutcome outcome;
				if (details == null) {
					outcome = RowOutcome.REJECTED;
				}
				else if (existing == null) {
					offerService.create(details, externalId, false);
					outcome = RowOutcome.CREATED;
				}
				else if (existing.details().equals(details)) {
					outcome = RowOutcome.UNCHANGED;
				}
				else {
					offerService.update(existing.id(), existing.version(), details);
					outcome = RowOutcome.UPDATED;
				}
				record(current, number, externalId, result.problems(), outcome);
			});
		}
		catch (RuntimeException failure) {
			log.warn("Row {} of offer import {} could not be saved", number, id, failure);
			transactions.executeWithoutResult(status -> record(imports.findById(id).orElseThrow(), number, externalId,
					List.of(RowProblem.error(null, "notSaved", null)), RowOutcome.REJECTED));
		}
	}

	private void record(OfferImport current, int number, @Nullable String externalId, List<RowProblem> problems,
			RowOutcome outcome) {
		var reference = externalId == null || externalId.isEmpty() ? null : externalId;
		for (var problem : problems) {
			entries.save(new OfferImportEntry(current.id(), number, reference, problem));
		}
		entries.save(new OfferImportEntry(current.id(), number, reference, RowProblem.outcome(outcome)));
		current.count(outcome);
	}
}
