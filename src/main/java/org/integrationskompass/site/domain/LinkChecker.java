package org.integrationskompass.site.domain;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the link collection in the background: every {@code check-poll} it takes the links whose next check is due,
 * claims each with a conditional update (so several instances on one database never request a link twice), requests
 * it outside any transaction (no database connection waits for a slow server) and records the result. Each link is
 * due again {@code check-interval} after its check.
 */
@Service
public class LinkChecker {

	private static final Logger log = LoggerFactory.getLogger(LinkChecker.class);

	private final LinkEntryRepository links;

	private final LinkProbe probe;

	private final LinkSettings settings;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
		var thread = new Thread(task, "link-check");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean running = new AtomicBoolean();

	LinkChecker(LinkEntryRepository links, LinkProbe probe, LinkSettings settings, Clock clock,
			PlatformTransactionManager transactions) {
		this.links = links;
		this.probe = probe;
		this.settings = settings;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${platform.site.links.check-poll:PT5M}", initialDelayString = "${platform.site.links.check-poll:PT5M}")
	void checkDueLinksOnSchedule() {
		var checked = checkDueLinks();
		if (checked > 0) {
			log.info("Link check: {} links requested", checked);
		}
	}

	/** Checks every link that is due, batch by batch, until none is left; returns how many it requested. */
	public int checkDueLinks() {
		if (!running.compareAndSet(false, true)) {
			return 0;
		}
		try {
			var total = 0;
			int batch;
			do {
				var due = links.findDue(clock.instant(), Limit.of(Math.max(1, settings.batchSize())));
				batch = 0;
				for (var id : due) {
					if (checkIfUnclaimed(id)) {
						batch++;
					}
				}
				total += batch;
			}
			while (batch > 0);
			return total;
		}
		finally {
			running.set(false);
		}
	}

	/** Requests one link now, whenever it was checked last; false when another check of it is running. */
	public boolean checkNow(UUID id) {
		return checkIfUnclaimed(id);
	}

	/** Makes every link due and checks them on a background thread; editors see the results as they arrive. */
	public void checkAllSoon() {
		transaction.executeWithoutResult(status -> links.makeAllDue(clock.instant()));
		background.submit(() -> {
			try {
				checkDueLinks();
			}
			catch (RuntimeException failure) {
				log.warn("Link check failed", failure);
			}
		});
	}

	private boolean checkIfUnclaimed(UUID id) {
		var now = clock.instant();
		var claimed = transaction.execute(status -> links.claim(id, now, now.plus(claimDuration())));
		if (claimed == null || claimed == 0) {
			return false;
		}
		var url = links.findById(id).map(LinkEntry::url).orElse(null);
		if (url == null) {
			return false;
		}
		var result = probe.check(url);
		transaction.executeWithoutResult(status -> links.findById(id).ifPresent(link -> {
			var at = clock.instant();
			// The editor may have changed the address meanwhile: the result is about the old one, so drop it.
			if (link.url().equals(url)) {
				link.record(result, at, at.plus(settings.checkInterval()));
			}
		}));
		return true;
	}

	/** Long enough for the slowest possible check: every hop waiting for both timeouts. */
	private Duration claimDuration() {
		return settings.connectTimeout().plus(settings.readTimeout()).multipliedBy(settings.maxRedirects() + 1L)
			.plusMinutes(1);
	}

	@PreDestroy
	void stop() {
		background.shutdownNow();
	}
}
