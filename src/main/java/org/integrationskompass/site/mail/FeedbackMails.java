package org.integrationskompass.site.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.integrationskompass.shared.mail.MailComposer;
import org.integrationskompass.shared.mail.OutgoingMail;
import org.integrationskompass.shared.web.SiteLanguages;
import org.integrationskompass.site.domain.AccessibilityFeedback;
import org.integrationskompass.site.domain.AccessibilityFeedbackRepository;
import org.integrationskompass.site.domain.FeedbackReceived;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mails for stored accessibility feedback: one to the office and, if the sender gave an address,
 * a confirmation in the sender's page language.
 *
 * <p>The first attempt runs right after the feedback is committed, in the request, so a working mail server
 * delivers at once (the SMTP timeouts in application.properties bound the wait when it hangs). Whatever fails
 * stays marked as not sent and a job retries it every five minutes, for about a week; after that the back
 * office still shows the feedback with its mail status. Each mail is marked as sent on its own, so a retry
 * never sends the office a second copy because only the confirmation had failed.
 *
 * <p>The confirmation deliberately contains nothing the sender typed, neither the message nor the name: the address
 * is unverified, and echoing free text to it would let anyone use the portal to send their text to a stranger.
 */
@Component
class FeedbackMails {

	private static final Logger log = LoggerFactory.getLogger(FeedbackMails.class);

	/** Long enough for two SMTP round trips with the configured timeouts; a crashed instance's claim expires after it. */
	static final Duration CLAIM = Duration.ofMinutes(10);

	/** About a week of retries every five minutes. */
	static final int MAX_ATTEMPTS = AccessibilityFeedback.MAX_MAIL_ATTEMPTS;

	private static final int BATCH = 50;

	/** The office works in Hessen; times in mails are local to it. */
	private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	private final AccessibilityFeedbackRepository feedback;

	private final MailComposer composer;

	private final SiteLanguages languages;

	private final Clock clock;

	private final TransactionTemplate newTransaction;

	FeedbackMails(AccessibilityFeedbackRepository feedback, MailComposer composer, SiteLanguages languages, Clock clock,
			PlatformTransactionManager transactions) {
		this.feedback = feedback;
		this.composer = composer;
		this.languages = languages;
		this.clock = clock;
		// After commit the finished transaction is still bound to the thread: work there would never be committed.
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@TransactionalEventListener
	void on(FeedbackReceived event) {
		deliver(event.feedbackId());
	}

	/** Retries every mail that is still pending; safe to run on several instances at once. */
	@Scheduled(fixedDelayString = "${platform.site.feedback-mail-retry:PT5M}",
			initialDelayString = "${platform.site.feedback-mail-retry:PT5M}")
	void retryPending() {
		var now = clock.instant();
		var waiting = newTransaction.execute(status -> feedback.findIdsWaitingForMail(now, MAX_ATTEMPTS, Limit.of(BATCH)));
		if (waiting == null || waiting.isEmpty()) {
			return;
		}
		var delivered = waiting.stream().filter(this::deliver).count();
		log.info("Retried accessibility feedback mails: {} of {} delivered", delivered, waiting.size());
	}

	/** @return true if every mail of this feedback has now been sent by this call */
	boolean deliver(long id) {
		var now = clock.instant();
		var claimed = newTransaction.execute(status -> feedback.claimForMail(id, now, now.plus(CLAIM)));
		if (claimed == null || claimed != 1) {
			return false;
		}
		try {
			var item = newTransaction.execute(status -> feedback.findById(id).orElse(null));
			if (item == null) {
				return false;
			}
			if (item.needsOfficeMail()) {
				composer.send(officeMail(item));
				newTransaction.executeWithoutResult(status -> feedback.markOfficeNotified(id, clock.instant()));
			}
			if (item.needsSenderConfirmation()) {
				composer.send(confirmation(item));
				newTransaction.executeWithoutResult(status -> feedback.markSenderConfirmed(id, clock.instant()));
			}
			release(id, null);
			return true;
		}
		catch (RuntimeException e) {
			log.warn("Mail for accessibility feedback {} not sent, will retry: {}", id, e.toString());
			release(id, e.toString());
			return false;
		}
	}

	private void release(long id, @Nullable String error) {
		var shortened = error == null || error.length() <= 500 ? error : error.substring(0, 500);
		newTransaction.executeWithoutResult(status -> feedback.releaseMailClaim(id, shortened));
	}

	private OutgoingMail officeMail(AccessibilityFeedback item) {
		var office = languages.defaultLanguage();
		return new OutgoingMail(composer.settings().office(), Locale.forLanguageTag(office),
				"site.mail.feedbackReceived.subject", new Object[] { Long.toString(item.id()) }, "site/mail/feedback-received",
				Map.of("feedback", view(item)));
	}

	private OutgoingMail confirmation(AccessibilityFeedback item) {
		var to = item.senderEmail().orElseThrow();
		var language = languages.languages().contains(item.language()) ? item.language() : languages.defaultLanguage();
		return new OutgoingMail(to, Locale.forLanguageTag(language), "site.mail.feedbackConfirmation.subject",
				new Object[] { Long.toString(item.id()) }, "site/mail/feedback-confirmation", Map.of("feedback", view(item)));
	}

	private static FeedbackMailView view(AccessibilityFeedback item) {
		return new FeedbackMailView(item.id(), item.receivedAt().atZone(OFFICE_ZONE), item.message(),
				item.page().orElse(null), item.senderName().orElse(null), item.senderEmail().orElse(null), item.language());
	}
}
