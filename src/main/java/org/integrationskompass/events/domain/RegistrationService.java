package org.integrationskompass.events.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering, cancelling and the waiting list.
 * <p>
 * <b>Capacity.</b> Seats are taken with one atomic conditional update of the event's row
 * ({@link EventRepository#takeSeats}) rather than with a row lock taken before reading the count: the update is a
 * single statement that cannot be split by another transaction, holds the row lock only from the update to the
 * commit, and needs no retry logic; a concurrent registration (in this or another instance) waits for the lock and
 * sees the committed count. The database's check constraint {@code seats_taken <= capacity} is the last line of
 * defence.
 * <p>
 * <b>Waiting list.</b> A registration that does not fit goes on the waiting list in order of arrival (a database
 * sequence). Seats given back are offered at once to the first waiting entry that fits; the offered seats count as
 * taken until the entry confirms or the offer expires, so a newcomer cannot take them. Serving the list locks the
 * event's row ({@code SELECT … FOR UPDATE}), so that two cancellations at the same moment cannot offer seats to the
 * same entry twice.
 */
@Service
public class RegistrationService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final EventLocks locks;

	private final Clock clock;

	private final Duration offerHold;

	RegistrationService(EventRepository events, RegistrationRepository registrations, EventLocks locks,
			Clock clock, @Value("${platform.events.offer-hold:PT48H}") Duration offerHold) {
		this.events = events;
		this.registrations = registrations;
		this.locks = locks;
		this.clock = clock;
		this.offerHold = offerHold;
	}

	/**
	 * Registers for an event: confirmed when the seats are free, otherwise on the waiting list.
	 *
	 * @throws RegistrationRejected when the event takes no registrations now or the seats are out of range
	 */
	@Transactional
	public Registered register(UUID eventId, RegistrationRequest request) {
		var now = clock.instant();
		var event = events.findById(eventId)
			.orElseThrow(() -> new RegistrationRejected(RegistrationRejected.Reason.NO_SUCH_EVENT));
		if (!event.registrationOpenAt(now)) {
			throw new RegistrationRejected(RegistrationRejected.Reason.CLOSED);
		}
		if (request.seats() < 1 || request.seats() > event.maxSeatsPerRegistration()) {
			throw new RegistrationRejected(RegistrationRejected.Reason.SEATS_OUT_OF_RANGE);
		}
		var token = newToken();
		var registration = new Registration(eventId, registrations.nextPosition(), request, hash(token), now);
		if (events.takeSeats(eventId, request.seats()) == 1) {
			registration.confirm(now);
		}
		registrations.save(registration);
		return new Registered(registration, token);
	}

	/** Cancels a registration (or waiting entry) through its manage link; freed seats go to the waiting list. */
	@Transactional
	public Optional<Registration> cancel(String manageToken) {
		var found = byToken(manageToken).map(locks::lockAndRefresh);
		found.ifPresent(registration -> {
			var status = registration.status();
			if (status == RegistrationStatus.CANCELLED || status == RegistrationStatus.EXPIRED) {
				return;
			}
			registration.cancel(clock.instant());
			if (status.holdsSeats()) {
				events.releaseSeats(registration.eventId(), registration.seats());
				offerFreedSeats(registration.eventId());
			}
		});
		return found;
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
			events.releaseSeats(registration.eventId(), registration.seats());
			offerFreedSeats(registration.eventId());
			expired++;
		}
		return expired;
	}

	/** Offers free seats to waiting entries in order of arrival; the caller holds the event's lock. */
	private void offerFreedSeats(UUID eventId) {
		registrations.flush();
		var free = events.freeSeats(eventId);
		for (var waiting : registrations.findByEventAndStatus(eventId, RegistrationStatus.WAITING)) {
			if (free <= 0) {
				return;
			}
			if (waiting.seats() <= free && events.takeSeats(eventId, waiting.seats()) == 1) {
				waiting.offer(clock.instant().plus(offerHold));
				free -= waiting.seats();
			}
		}
	}

	private Optional<Registration> byToken(String manageToken) {
		if (manageToken.isBlank() || manageToken.length() > 100) {
			return Optional.empty();
		}
		return registrations.findByManageTokenHash(hash(manageToken));
	}

	private static String newToken() {
		var bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
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
