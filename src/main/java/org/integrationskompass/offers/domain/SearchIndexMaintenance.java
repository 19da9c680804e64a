package org.integrationskompass.offers.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the Lucene index in step with the database. The index is a file directory beside the database; it is empty
 * on a first start with an existing database, after the directory was lost, or after a database was restored from a
 * backup, and rows written with plain SQL (migrations, bulk inserts) never reach it. So at startup the number of
 * indexed offers is compared with the number of offers in the database, and when they differ the index is rebuilt
 * from the database with Hibernate Search's mass indexer, in the background: the portal answers at once, and the
 * search is complete when the log says so.
 */
@Service
public class SearchIndexMaintenance {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexMaintenance.class);

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final OfferRepository offers;

	private final TransactionTemplate transaction;

	SearchIndexMaintenance(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			OfferRepository offers, TransactionTemplate transaction) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.offers = offers;
		this.transaction = transaction;
	}

	/** Runs after the application runners (demo content included), when the portal is ready for requests. */
	@EventListener(ApplicationReadyEvent.class)
	void onStartup() {
		rebuildIfOutOfStep();
	}

	/**
	 * Starts rebuilding the index in the background when it holds a different number of offers than the database.
	 *
	 * @return the running rebuild, finishing with the offers indexed; empty when the index was in step
	 */
	public Optional<CompletableFuture<Long>> rebuildIfOutOfStep() {
		var stored = transaction.execute(status -> offers.countAll());
		var indexed = indexedOffers();
		if (stored != null && stored == indexed) {
			log.debug("Search index in step with the database: {} offers", indexed);
			return Optional.empty();
		}
		log.info("Search index holds {} offers, the database {}: rebuilding the index in the background", indexed,
				stored);
		var started = System.nanoTime();
		var rebuild = massIndexer().start().toCompletableFuture().thenApply(done -> {
			var count = indexedOffers();
			log.info("Search index rebuilt: {} offers in {} s", count, seconds(System.nanoTime() - started));
			return count;
		});
		rebuild.exceptionally(failure -> {
			log.error("Rebuilding the search index failed; the search may miss offers until the next start",
					failure);
			return null;
		});
		return Optional.of(rebuild);
	}

	/** Rebuilds the whole index from the database and waits for it (for the offer generator). */
	public Duration rebuild() throws InterruptedException {
		var started = System.nanoTime();
		massIndexer().startAndWait();
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/** The number of offers in the index, whatever their status. */
	public long indexedOffers() {
		var count = transaction.execute(status -> Search.session(entityManager)
			.search(Offer.class)
			.where(f -> f.matchAll())
			.fetchTotalHitCount());
		return count == null ? 0 : count;
	}

	private org.hibernate.search.mapper.orm.massindexing.MassIndexer massIndexer() {
		// Two loader threads suit the small machines the portal runs on; batches of 100 keep the queries few.
		return Search.mapping(entityManagerFactory)
			.scope(Offer.class)
			.massIndexer()
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(100)
			.idFetchSize(1000)
			// One segment after a rebuild: searches and facet counts then need no merged view of several segments.
			.mergeSegmentsOnFinish(true);
	}

	private static String seconds(long nanos) {
		return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e9);
	}
}
