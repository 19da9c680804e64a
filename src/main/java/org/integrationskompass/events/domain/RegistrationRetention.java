package org.integrationskompass.events.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The background work of registrations, safe with several instances on one database without a leader: each run
 * is one idempotent statement (anonymising) or locks the event's row before it changes anything (expired offers,
 * {@link RegistrationService#expireOffers}), so two instances running the same job at once do the work once.
 * <p>
 * Personal data of a registration (name, email, organisation, needs) is removed {@code platform.events.
 * registration-retention} (default 90 days) after the event ended; the number of seats and the status stay, for
 * the office's statistics.
 */
@Component
class RegistrationRetention {

	private static final Logger log = LoggerFactory.getLogger(RegistrationRetention.class);

	private final RegistrationRepository registrations;

	private final RegistrationService service;

	private final Clock clock;

	private final Period retention;

	private final Duration reminderBefore;

	RegistrationRetention(RegistrationRepository registrations, RegistrationService service, Clock clock,
			@Value("${platform.events.registration-retention:P90D}") Period retention,
			@Value("${platform.events.reminder-before:PT48H}") Duration reminderBefore) {
		this.reminderBefore = reminderBefore;
		this.registrations = registrations;
		this.service = service;
		this.clock = clock;
		this.retention = retention;
	}

	@Scheduled(fixedDelayString = "${platform.events.retention-interval:PT1H}", initialDelayString = "PT3M")
	@Transactional
	public int anonymiseOldRegistrations() {
		var now = clock.instant();
		registrations.deleteMailsForEventsEndedBefore(now.minus(retention));
		var count = registrations.anonymiseForEventsEndedBefore(now.minus(retention), now);
		if (count > 0) {
			log.info("Anonymised {} registrations of events that ended more than {} ago", count, retention);
		}
		return count;
	}

	/** Queues each event's reminder {@code platform.events.reminder-before} before it starts. */
	@Scheduled(fixedDelayString = "${platform.events.reminder-check-interval:PT10M}", initialDelayString = "PT2M")
	public void queueReminders() {
		var queued = service.queueReminders(reminderBefore);
		if (queued > 0) {
			log.info("{} event reminders queued", queued);
		}
	}

	@Scheduled(fixedDelayString = "${platform.events.offer-check-interval:PT5M}", initialDelayString = "PT1M")
	public void expireOffers() {
		var expired = service.expireOffers();
		if (expired > 0) {
			log.info("{} waiting-list offers expired and passed on", expired);
		}
	}
}
