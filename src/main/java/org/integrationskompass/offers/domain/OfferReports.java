package org.integrationskompass.offers.domain;

import java.time.Clock;
import java.util.List;
import org.integrationskompass.offers.OfferId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receives visitors' reports of outdated offers and lets editors mark them done. */
@Service
public class OfferReports {

	private final OfferReportRepository reports;

	private final Clock clock;

	OfferReports(OfferReportRepository reports, ObjectProvider<Clock> clock) {
		this.reports = reports;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Transactional
	public OfferReport receive(OfferId offer, String message, String language) {
		var text = message.strip();
		if (text.isEmpty() || text.length() > OfferReport.MAX_LENGTH) {
			throw new IllegalArgumentException("A report needs 1 to " + OfferReport.MAX_LENGTH + " characters");
		}
		return reports.save(new OfferReport(offer, text, language, clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<OfferReport> forReview(int limit) {
		return reports.findForReview(PageRequest.of(0, limit));
	}

	@Transactional(readOnly = true)
	public long countOpen() {
		return reports.countByResolvedAtIsNull();
	}

	/** Idempotent: marking a report done twice keeps the first time. */
	@Transactional
	public void resolve(long id) {
		reports.findById(id).ifPresent(report -> report.resolve(clock.instant()));
	}
}
