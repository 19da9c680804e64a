package org.integrationskompass.events.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventStatus;
import org.integrationskompass.events.domain.EventTimes;
import org.integrationskompass.events.domain.MailKind;
import org.integrationskompass.events.domain.ManageLinks;
import org.integrationskompass.events.domain.RegistrationMail;
import org.integrationskompass.events.domain.RegistrationMailQueued;
import org.integrationskompass.events.domain.RegistrationMailRepository;
import org.integrationskompass.events.domain.RegistrationRepository;
import org.integrationskompass.events.domain.RegistrationStatus;
import org.integrationskompass.shared.mail.MailComposer;
import org.integrationskompass.shared.mail.OutgoingMail;
import org.integrationskompass.shared.web.SiteLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the events outbox: right after the commit that wrote a mail (on two background threads, so a slow mail
 * server never holds up a registration), and again from a job for whatever could not be sent. Each mail is claimed
 * with a conditional update first, so several instances never send it twice; a sent mail is deleted. A mail that
 * fails waits {@link #RETRY_AFTER} and is tried up to {@link #MAX_ATTEMPTS} times (about three days); it then stays
 * in the table, where the back office counts it as undelivered.
 */
@Component
class RegistrationMails implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RegistrationMails.class);

	static final Duration CLAIM = Duration.ofMinutes(10);

	static final Duration RETRY_AFTER = Duration.ofMinutes(5);

	static final int MAX_ATTEMPTS = 864;

	private static final int BATCH = 200;

	private final RegistrationMailRepository mails;

	private final RegistrationRepository registrations;

	private final EventRepository events;

	private final ManageLinks links;

	private final MailComposer composer;

	private final SiteLanguages languages;

	private final Clock clock;

	private final TransactionTemplate newTransaction;

	private final ThreadPoolTaskExecutor senders;

	RegistrationMails(RegistrationMailRepository mails, RegistrationRepository registrations, EventRepository events,
			ManageLinks links, MailComposer composer, SiteLanguages languages, Clock clock,
			PlatformTransactionManager transactions) {
		this.mails = mails;
		this.registrations = registrations;
		this.events = events;
		this.links = links;
		this.composer = composer;
		this.languages = languages;
		this.clock = clock;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.senders = new ThreadPoolTaskExecutor();
		senders.setCorePoolSize(2);
		senders.setMaxPoolSize(2);
		senders.setQueueCapacity(5_000);
		senders.setThreadNamePrefix("event-mail-");
		// A full queue is no loss: the job sends the rest.
		senders.setRejectedExecutionHandler(new ThreadPoolExecutor.DiscardPolicy());
		senders.setWaitForTasksToCompleteOnShutdown(false);
		senders.initialize();
	}

	@TransactionalEventListener
	void on(RegistrationMailQueued queued) {
		for (var id : queued.mailIds()) {
			try {
				senders.execute(() -> deliver(id));
			}
			catch (RejectedExecutionException shuttingDown) {
				return;
			}
		}
	}

	/** Sends what is waiting; safe on several instances at once. */
	@Scheduled(fixedDelayString = "${platform.events.mail-retry:PT1M}", initialDelayString = "PT30S")
	void sendPending() {
		var waiting = newTransaction.execute(
				status -> mails.findIdsToSend(clock.instant(), MAX_ATTEMPTS, Limit.of(BATCH)));
		if (waiting == null || waiting.isEmpty()) {
			return;
		}
		var sent = waiting.stream().filter(this::deliver).count();
		log.info("Sent {} of {} waiting event mails", sent, waiting.size());
	}

	/** @return true when this call sent the mail (or found it needless) and removed it */
	boolean deliver(long id) {
		var now = clock.instant();
		var claimed = newTransaction.execute(status -> mails.claim(id, now, now.plus(CLAIM)));
		if (claimed == null || claimed != 1) {
			return false;
		}
		try {
			var outgoing = newTransaction.execute(status -> mails.findById(id).flatMap(this::compose));
			if (outgoing != null && outgoing.isPresent()) {
				composer.send(outgoing.get());
			}
			newTransaction.executeWithoutResult(status -> mails.deleteById(id));
			return true;
		}
		catch (RuntimeException e) {
			log.warn("Event mail {} not sent, will retry: {}", id, e.toString());
			var error = e.toString().length() <= 500 ? e.toString() : e.toString().substring(0, 500);
			newTransaction.executeWithoutResult(status -> mails.failed(id, clock.instant().plus(RETRY_AFTER), error));
			return false;
		}
	}

	/** The mail as it should read now; empty when it has become pointless (the data is gone). */
	private java.util.Optional<OutgoingMail> compose(RegistrationMail mail) {
		var registration = registrations.findById(mail.registrationId()).orElse(null);
		if (registration == null || registration.anonymised() || registration.email().isBlank()) {
			return java.util.Optional.empty();
		}
		var event = events.findById(registration.eventId()).orElse(null);
		if (event == null) {
			return java.util.Optional.empty();
		}
		var language = languages.languages().contains(registration.language()) ? registration.language()
				: languages.defaultLanguage();
		var locale = Locale.forLanguageTag(language);
		var title = event.title().in(locale).text();
		var confirmed = registration.status() == RegistrationStatus.CONFIRMED;
		var variables = new HashMap<String, Object>();
		variables.put("kind", mail.kind().name());
		variables.put("name", registration.name());
		variables.put("seats", registration.seats());
		variables.put("status", registration.status().name());
		variables.put("title", title);
		variables.put("when", EventTimes.span(event.startsAt(), event.endsAt(), locale));
		variables.put("where", event.venue().isEmpty() ? "" : event.venue().oneLine());
		variables.put("online", event.online());
		variables.put("eventCancelled", event.status() == EventStatus.CANCELLED);
		// The meeting link goes only to confirmed participants, never to the waiting list.
		variables.put("meetingLink", confirmed && event.online() && event.meetingLink() != null ? event.meetingLink() : "");
		variables.put("offerUntil", registration.offerExpiresAt() == null ? ""
				: EventTimes.moment(registration.offerExpiresAt(), locale));
		variables.put("managePath", "/veranstaltungen/anmeldung/" + links.token(registration.id()));
		variables.put("eventPath", "/veranstaltungen/" + event.slug());
		variables.put("messageBody", mail.body() == null ? "" : mail.body());
		var kind = mail.kind();
		if (kind == MailKind.MESSAGE) {
			return java.util.Optional.of(new OutgoingMail(registration.email(), locale, "events.mail.MESSAGE.subject",
					new Object[] { title, mail.subject() == null ? "" : mail.subject() }, "events/mail/registration",
					variables));
		}
		var subjectKey = kind == MailKind.REGISTERED
				? (confirmed ? "events.mail.REGISTERED.confirmed.subject" : "events.mail.REGISTERED.waiting.subject")
				: kind.messageKey() + ".subject";
		return java.util.Optional.of(new OutgoingMail(registration.email(), locale, subjectKey, new Object[] { title },
				"events/mail/registration", variables));
	}

	@Override
	public void destroy() {
		senders.shutdown();
	}
}
