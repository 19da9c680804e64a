package org.integrationskompass.events.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventStatus;
import org.integrationskompass.events.domain.EventTimes;
import org.integrationskompass.events.domain.MailKind;
import org.integrationskompass.events.domain.ManageLinks;
import org.integrationskompass.events.domain.RegistrationMail;
import org.integrationskompass.events.domain.RegistrationMailQueued;
import org.integrationskompass.events.domain.RegistrationMailRepository;
import org.integrationskompass.events.domain.Registration;
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
 * server never holds up a registration), and again from a job for whatever could not be sent. The threads take
 * what has queued up meanwhile, up to {@link #BATCH_PER_CONNECTION} mails, and send them over one SMTP connection,
 * so that a rush of registrations does not open a connection per mail. Each mail is claimed with a conditional
 * update first, so several instances never send it twice; a sent mail is deleted. A mail that
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

	static final int BATCH_PER_CONNECTION = 50;

	/** Mails committed and not yet taken by a sender thread; what does not fit is left to the job. */
	private final LinkedBlockingQueue<Long> queued = new LinkedBlockingQueue<>(10_000);

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
		queued.mailIds().forEach(this.queued::offer);
		try {
			senders.execute(this::sendQueued);
		}
		catch (RejectedExecutionException shuttingDown) {
			// the job sends them after the restart
		}
	}

	private void sendQueued() {
		var batch = new ArrayList<Long>(BATCH_PER_CONNECTION);
		while (queued.drainTo(batch, BATCH_PER_CONNECTION) > 0) {
			deliver(batch);
			batch.clear();
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
		var sent = 0;
		for (var from = 0; from < waiting.size(); from += BATCH_PER_CONNECTION) {
			sent += deliver(waiting.subList(from, Math.min(waiting.size(), from + BATCH_PER_CONNECTION)));
		}
		log.info("Sent {} of {} waiting event mails", sent, waiting.size());
	}

	/**
	 * Claims the given mails, sends those it could claim over one connection and removes the sent ones.
	 *
	 * @return how many this call sent (or found needless) and removed
	 */
	int deliver(List<Long> ids) {
		Claimed claimed;
		try {
			claimed = newTransaction.execute(status -> claimAndCompose(ids, clock.instant()));
		}
		catch (RuntimeException e) {
			// nothing claimed (the transaction rolled back): the job tries these again
			log.warn("Event mails {} not claimed: {}", ids, e.toString());
			return 0;
		}
		if (claimed == null) {
			return 0;
		}
		var sending = claimed.sending();
		var outgoing = claimed.outgoing();
		var failures = outgoing.isEmpty() ? Map.<Integer, RuntimeException>of() : composer.sendAll(outgoing);
		var done = new ArrayList<Long>(claimed.needless());
		for (var i = 0; i < sending.size(); i++) {
			if (!failures.containsKey(i)) {
				done.add(sending.get(i));
			}
		}
		if (done.isEmpty() && failures.isEmpty()) {
			return 0;
		}
		newTransaction.executeWithoutResult(status -> {
			if (!done.isEmpty()) {
				mails.deleteAllByIdInBatch(done);
			}
			var retryAt = clock.instant().plus(RETRY_AFTER);
			failures.forEach((i, e) -> {
				log.warn("Event mail {} not sent, will retry: {}", sending.get(i), e.toString());
				var error = e.toString().length() <= 500 ? e.toString() : e.toString().substring(0, 500);
				mails.failed(sending.get(i), retryAt, error);
			});
		});
		return done.size();
	}

	/** What one batch claimed: the mails to send (ids and rendered parts in step) and those that became needless. */
	private record Claimed(List<Long> sending, List<OutgoingMail> outgoing, List<Long> needless) {
	}

	private Claimed claimAndCompose(List<Long> ids, Instant now) {
		var claimedIds = ids.stream().filter(id -> mails.claim(id, now, now.plus(CLAIM)) == 1).toList();
		var claimed = new Claimed(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		if (claimedIds.isEmpty()) {
			return claimed;
		}
		var claimedMails = mails.findAllById(claimedIds);
		var registrationsById = new HashMap<UUID, Registration>();
		registrations.findAllById(claimedMails.stream().map(RegistrationMail::registrationId).distinct().toList())
			.forEach(registration -> registrationsById.put(registration.id(), registration));
		var eventsById = new HashMap<UUID, Event>();
		events.findAllById(registrationsById.values().stream().map(Registration::eventId).distinct().toList())
			.forEach(event -> eventsById.put(event.id(), event));
		for (var mail : claimedMails) {
			var registration = registrationsById.get(mail.registrationId());
			var event = registration == null ? null : eventsById.get(registration.eventId());
			var composed = event == null ? Optional.<OutgoingMail>empty() : compose(mail, registration, event);
			if (composed.isPresent()) {
				claimed.outgoing().add(composed.get());
				claimed.sending().add(mail.id());
			}
			else {
				claimed.needless().add(mail.id());
			}
		}
		return claimed;
	}

	/** The mail as it should read now; empty when it has become pointless (the data is gone). */
	private Optional<OutgoingMail> compose(RegistrationMail mail, Registration registration, Event event) {
		if (registration.anonymised() || registration.email().isBlank()) {
			return Optional.empty();
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
			return Optional.of(new OutgoingMail(registration.email(), locale, "events.mail.MESSAGE.subject",
					new Object[] { title, mail.subject() == null ? "" : mail.subject() }, "events/mail/registration",
					variables));
		}
		var subjectKey = kind == MailKind.REGISTERED
				? (confirmed ? "events.mail.REGISTERED.confirmed.subject" : "events.mail.REGISTERED.waiting.subject")
				: kind.messageKey() + ".subject";
		return Optional.of(new OutgoingMail(registration.email(), locale, subjectKey, new Object[] { title },
				"events/mail/registration", variables));
	}

	@Override
	public void destroy() {
		senders.shutdown();
	}
}
