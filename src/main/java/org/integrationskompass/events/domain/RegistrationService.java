package org.integrationskompass.events.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, cancelling, the waiting list and what staff do with registrations. Every change that the registrant
 * should hear about writes its mail to the outbox ({@link RegistrationMail}) in the same transaction.
 * <p>
 * <b>Capacity.</b> Seats are taken with one atomic conditional update of the event's row
 * ({@link EventRepository#takeSeats}) rather than with a row lock taken before reading the count: the update is a
 * single statement that cannot be split by another transaction, holds the row lock only from the update to the
 * commit, and needs no retry logic; a concurrent registration (in this or another instance) waits for the lock and
 * sees the committed count. The registration and its mail are written before the update, so the row is locked
 * for as short a time as possible. The database's check constraint {@code seats_taken <= capacity} is the last
 * line of defence.
 * <p>
 * <b>Waiting list.</b> A registration that does not fit goes on the waiting list in order of arrival (a database
 * sequence). Seats given back are offered at once to the first waiting entry that fits; the offered seats count as
 * taken until the entry confirms or the offer expires, so a newcomer cannot take them. Serving the list locks the
 * event's row ({@code SELECT … FOR UPDATE}), so that two cancellations at the same moment cannot offer seats to the
 * same entry twice.
 */
@Service
public class RegistrationService {

	private static final Set<RegistrationStatus> ACTIVE = EnumSet.of(RegistrationStatus.CONFIRMED,
			RegistrationStatus.OFFERED, RegistrationStatus.WAITING);

	private static final Set<RegistrationStatus> PARTICIPANTS = EnumSet.of(RegistrationStatus.CONFIRMED,
			RegistrationStatus.OFFERED);

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final RegistrationMailRepository mails;

	private final EventLocks locks;

	private final ManageLinks links;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	private final Duration offerHold;

	RegistrationService(EventRepository events, RegistrationRepository registrations, RegistrationMailRepository mails,
			EventLocks locks, ManageLinks links, ApplicationEventPublisher publisher, Clock clock,
			@Value("${platform.events.offer-hold:PT48H}") Duration offerHold) {
		this.events = events;
		this.registrations = registrations;
		this.mails = mails;
		this.locks = locks;
		this.links = links;
		this.publisher = publisher;
		this.clock = clock;
		this.offerHold = offerHold;
	}

	/**
	 * Registers for an event: confirmed when the seats are free, otherwise on the waiting list.
	 *
	 * @throws RegistrationRejected when the event takes no registrations now or the seats are out of range
	 * @throws org.springframework.dao.DataIntegrityViolationException when the address is registered for the event
	 *         already (the database's unique constraint, which also catches a double submit at the same moment):
	 *         nothing of this call is kept; {@link #resendLink} tells the owner
	 */
	@Transactional
	public Registered register(UUID eventId, RegistrationRequest request) {
		var event = events.findById(eventId)
			.orElseThrow(() -> new RegistrationRejected(RegistrationRejected.Reason.NO_SUCH_EVENT));
		return register(event, request);
	}

	/**
	 * {@link #register(UUID, RegistrationRequest)} for an event the caller has just read (the registration form):
	 * spares a second read in the rush of a popular event. The seats are taken from the database's row, never from
	 * this copy.
	 */
	@Transactional
	public Registered register(Event event, RegistrationRequest request) {
		if (!event.registrationOpenAt(clock.instant())) {
			throw new RegistrationRejected(RegistrationRejected.Reason.CLOSED);
		}
		if (request.seats() < 1 || request.seats() > event.maxSeatsPerRegistration()) {
			throw new RegistrationRejected(RegistrationRejected.Reason.SEATS_OUT_OF_RANGE);
		}
		return add(event, request);
	}

	/**
	 * Staff add a registration by hand (a phone call, a letter): like {@link #register} but also outside the
	 * registration window and with as many seats as the event has.
	 */
	@Transactional
	public Registered addByStaff(UUID eventId, RegistrationRequest request) {
		var event = events.findById(eventId)
			.orElseThrow(() -> new RegistrationRejected(RegistrationRejected.Reason.NO_SUCH_EVENT));
		if (event.status() == EventStatus.CANCELLED) {
			throw new RegistrationRejected(RegistrationRejected.Reason.CLOSED);
		}
		if (request.seats() < 1 || request.seats() > Math.max(1, event.capacity())) {
			throw new RegistrationRejected(RegistrationRejected.Reason.SEATS_OUT_OF_RANGE);
		}
		return add(event, request);
	}

	private Registered add(Event event, RegistrationRequest request) {
		var eventId = event.id();
		var position = registrations.nextPosition();
		// the time of arrival is read together with the place in the queue, so that both tell the same order
		var now = clock.instant();
		var registration = new Registration(eventId, position, request, "", now);
		var token = links.token(registration.id());
		registration.manageTokenHash(ManageLinks.hash(token));
		registrations.save(registration);
		// takeSeats flushes the insert first: a double submit fails on the unique address before taking any seat.
		if (events.takeSeats(eventId, request.seats()) == 1) {
			registration.confirm(now);
		}
		queue(List.of(registration), MailKind.REGISTERED, null, null);
		return new Registered(registration, token);
	}

	/**
	 * Someone tried to register an address that is registered already (the unique constraint refused it): mails
	 * the existing registration's link to that address again, so its owner can find it.
	 *
	 * @return true when there was such a registration
	 */
	@Transactional
	public boolean resendLink(UUID eventId, String email) {
		var existing = registrations.findActive(eventId, Registration.activeEmail(email));
		existing.ifPresent(registration -> queue(List.of(registration), MailKind.LINK_AGAIN, null, null));
		return existing.isPresent();
	}

	/** The registration behind a personal link, if the link is genuine. */
	@Transactional(readOnly = true)
	public Optional<Registration> find(String manageToken) {
		return byToken(manageToken);
	}

	/** Cancels a registration (or waiting entry) through its manage link; freed seats go to the waiting list. */
	@Transactional
	public Optional<Registration> cancel(String manageToken) {
		var found = byToken(manageToken).map(locks::lockAndRefresh);
		found.ifPresent(this::cancelLocked);
		return found;
	}

	/** Staff take a registration off the list (the registrant is told by mail). */
	@Transactional
	public Optional<Registration> removeByStaff(UUID registrationId) {
		var found = registrations.findById(registrationId).map(locks::lockAndRefresh);
		found.ifPresent(this::cancelLocked);
		return found;
	}

	private void cancelLocked(Registration registration) {
		var status = registration.status();
		if (!ACTIVE.contains(status) || registration.anonymised()) {
			return;
		}
		registration.cancel(clock.instant());
		queue(List.of(registration), MailKind.CANCELLED, null, null);
		if (status.holdsSeats()) {
			events.releaseSeats(registration.eventId(), registration.seats());
			offerFreedSeats(registration.eventId());
		}
	}

	/** A waiting entry takes up the seats it was offered, while the offer lasts. */
	@Transactional
	public Optional<Registration> acceptOffer(String manageToken) {
		var now = clock.instant();
		return byToken(manageToken).map(locks::lockAndRefresh)
			.filter(registration -> registration.status() == RegistrationStatus.OFFERED
					&& registration.offerExpiresAt() != null && now.isBefore(registration.offerExpiresAt()))
			.map(registration -> {
				registration.confirm(now);
				queue(List.of(registration), MailKind.CONFIRMED, null, null);
				return registration;
			});
	}

	/** Passes offers that were not taken up in time to the next entries; run regularly. */
	@Transactional
	public int expireOffers() {
		var now = clock.instant();
		var expired = 0;
		for (var registration : registrations.findOffersExpiredBefore(now)) {
			locks.lockAndRefresh(registration);
			if (registration.status() != RegistrationStatus.OFFERED) {
				continue;
			}
			registration.expire();
			queue(List.of(registration), MailKind.OFFER_EXPIRED, null, null);
			events.releaseSeats(registration.eventId(), registration.seats());
			offerFreedSeats(registration.eventId());
			expired++;
		}
		return expired;
	}

	/** Staff mark a participant as arrived (or take the mark back). */
	@Transactional
	public Optional<Registration> checkIn(UUID registrationId, boolean arrived) {
		return registrations.findById(registrationId)
			.filter(registration -> registration.status() == RegistrationStatus.CONFIRMED)
			.map(registration -> {
				registration.checkIn(arrived ? clock.instant() : null);
				return registration;
			});
	}

	/**
	 * Writes the organisers' message to everyone registered (and, if asked, to the waiting list).
	 *
	 * @return the number of mails queued
	 */
	@Transactional
	public int messageAll(UUID eventId, String subject, String body, boolean includingWaitingList) {
		var statuses = includingWaitingList ? ACTIVE : PARTICIPANTS;
		var recipients = registrations.findByEventAndStatusIn(eventId, statuses).stream()
			.filter(registration -> !registration.anonymised())
			.toList();
		queue(recipients, MailKind.MESSAGE, subject, body);
		return recipients.size();
	}

	/**
	 * Cancels the event and tells everyone registered or waiting. The registrations stay as they are, so their
	 * links still show what happened.
	 *
	 * @return the number of people told, or empty when there is no such event
	 */
	@Transactional
	public Optional<Integer> cancelEvent(UUID eventId) {
		var event = events.findById(eventId);
		event.ifPresent(found -> locks.lock(found.id()));
		return event.filter(found -> found.status() != EventStatus.CANCELLED).map(found -> {
			found.cancel(clock.instant());
			var recipients = registrations.findByEventAndStatusIn(eventId, ACTIVE).stream()
				.filter(registration -> !registration.anonymised())
				.toList();
			queue(recipients, MailKind.EVENT_CANCELLED, null, null);
			return recipients.size();
		});
	}

	/**
	 * Staff gave the event more seats (or took some it did not need): offers what is free now to the waiting list.
	 */
	@Transactional
	public void capacityChanged(UUID eventId) {
		locks.lock(eventId);
		offerFreedSeats(eventId);
	}

	/**
	 * Queues the reminder for every published event that starts within {@code before} and has not been reminded:
	 * one conditional update per event decides which instance does it.
	 *
	 * @return the number of reminders queued
	 */
	@Transactional
	public int queueReminders(Duration before) {
		var now = clock.instant();
		var queued = 0;
		for (var eventId : events.findIdsNeedingReminders(now, now.plus(before))) {
			if (events.markRemindersQueued(eventId, now) != 1) {
				continue;
			}
			var recipients = registrations.findByEventAndStatusIn(eventId, EnumSet.of(RegistrationStatus.CONFIRMED));
			queue(recipients, MailKind.REMINDER, null, null);
			queued += recipients.size();
		}
		return queued;
	}

	/** Offers free seats to waiting entries in order of arrival; the caller holds the event's lock. */
	private void offerFreedSeats(UUID eventId) {
		registrations.flush();
		var event = events.findById(eventId).orElse(null);
		if (event == null || event.status() != EventStatus.PUBLISHED || !clock.instant().isBefore(event.startsAt())) {
			return;
		}
		var free = events.freeSeats(eventId);
		var offered = new ArrayList<Registration>();
		for (var waiting : registrations.findByEventAndStatus(eventId, RegistrationStatus.WAITING)) {
			if (free <= 0) {
				break;
			}
			if (waiting.seats() <= free && events.takeSeats(eventId, waiting.seats()) == 1) {
				waiting.offer(clock.instant().plus(offerHold));
				offered.add(waiting);
				free -= waiting.seats();
			}
		}
		queue(offered, MailKind.OFFERED, null, null);
	}

	private void queue(List<Registration> recipients, MailKind kind, @Nullable String subject, @Nullable String body) {
		if (recipients.isEmpty()) {
			return;
		}
		var now = clock.instant();
		var ids = new ArrayList<Long>();
		for (var registration : recipients) {
			ids.add(mails.save(new RegistrationMail(registration.id(), kind, subject, body, now)).id());
		}
		publisher.publishEvent(new RegistrationMailQueued(ids));
	}

	private Optional<Registration> byToken(String manageToken) {
		if (manageToken.isBlank() || manageToken.length() > 100) {
			return Optional.empty();
		}
		return registrations.findByManageTokenHash(ManageLinks.hash(manageToken));
	}

	/**
	 * @param manageToken the secret of the registrant's personal link (stored only as a hash)
	 */
	public record Registered(Registration registration, String manageToken) {

		public boolean confirmed() {
			return registration.status() == RegistrationStatus.CONFIRMED;
		}
	}
}
