package org.integrationskompass.offers.domain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the freshness cycle on the application clock: once a day (reminders and pauses), and more often for reminder
 * mails that could not be sent. Safe on several instances at once: see {@link OfferFreshness} for how rows are
 * claimed.
 */
@Component
class FreshnessJob {

	private static final Logger log = LoggerFactory.getLogger(FreshnessJob.class);

	private final OfferFreshness freshness;

	FreshnessJob(OfferFreshness freshness) {
		this.freshness = freshness;
	}

	@Scheduled(fixedDelayString = "${platform.offers.freshness.check-interval:PT24H}",
			initialDelayString = "${platform.offers.freshness.initial-delay:PT5M}")
	void daily() {
		var run = freshness.run();
		if (run.opened() + run.reminded() + run.paused().size() > 0) {
			log.info("Freshness: {} offers due for a reminder, {} reminders sent, {} offers paused", run.opened(),
					run.reminded(), run.paused().size());
		}
	}

	@Scheduled(fixedDelayString = "${platform.offers.freshness.mail-retry:PT30M}",
			initialDelayString = "${platform.offers.freshness.initial-delay:PT5M}")
	void retryMails() {
		var sent = freshness.sendDueReminders();
		if (sent > 0) {
			log.info("Freshness: {} reminders sent on retry", sent);
		}
	}
}
