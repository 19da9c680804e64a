package org.integrationskompass.site.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receives accessibility feedback, keeps it for the retention period and then deletes it. */
@Service
public class FeedbackService {

	private static final Logger log = LoggerFactory.getLogger(FeedbackService.class);

	private final AccessibilityFeedbackRepository feedback;

	private final ApplicationEventPublisher publisher;

	private final FeedbackSettings settings;

	private final Clock clock;

	FeedbackService(AccessibilityFeedbackRepository feedback, ApplicationEventPublisher publisher,
			FeedbackSettings settings, Clock clock) {
		this.feedback = feedback;
		this.publisher = publisher;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Stores the feedback. The mails to the office and the sender go out after the commit (see {@code FeedbackMails}),
	 * so a mail server that is down can never cost the feedback itself.
	 *
	 * @param language the page language the sender wrote in
	 */
	@Transactional
	public long receive(String message, @Nullable String page, @Nullable String senderName,
			@Nullable String senderEmail, String language) {
		var stored = feedback.save(new AccessibilityFeedback(message, page, senderName, senderEmail, language,
				clock.instant()));
		publisher.publishEvent(new FeedbackReceived(stored.id()));
		return stored.id();
	}

	@Transactional(readOnly = true)
	public List<AccessibilityFeedback> newest(int max) {
		return feedback.findAllByOrderByReceivedAtDescIdDesc(Limit.of(max));
	}

	@Transactional(readOnly = true)
	public long count() {
		return feedback.count();
	}

	public Duration retention() {
		return settings.feedbackRetention();
	}

	/**
	 * Deletes feedback older than the retention period, as the privacy statement promises. Hourly, so the promise
	 * holds to the hour; a plain DELETE is safe when several instances run it at the same time.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
	@Transactional
	public void deleteExpired() {
		var deleted = feedback.deleteReceivedBefore(clock.instant().minus(settings.feedbackRetention()));
		if (deleted > 0) {
			log.info("Deleted {} accessibility feedback message(s) past the retention period", deleted);
		}
	}
}
