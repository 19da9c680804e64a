package org.integrationskompass.events.domain;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.integrationskompass.shared.domain.Slug;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff create, edit and publish events and keep their images. */
@Service
public class EventAdministration {

	private final EventRepository events;

	private final EventImageRepository images;

	private final RegistrationService registrations;

	private final EventLocks locks;

	private final Clock clock;

	EventAdministration(EventRepository events, EventImageRepository images, RegistrationService registrations,
			EventLocks locks, Clock clock) {
		this.events = events;
		this.images = images;
		this.registrations = registrations;
		this.locks = locks;
		this.clock = clock;
	}

	/** A new event, as a draft; its address is made from the German title and kept unique. */
	@Transactional
	public Event create(EventDetails details) {
		var now = clock.instant();
		var base = Slug.of(details.title().in("de").text());
		var slug = base.isEmpty() ? "veranstaltung" : base;
		var candidate = slug;
		for (var n = 2; events.existsBySlug(candidate); n++) {
			candidate = slug + "-" + n;
		}
		var event = new Event(candidate, details.title(), details.type(), details.category(), details.startsAt(),
				details.endsAt(), details.capacity(), now);
		apply(event, details);
		return events.save(event);
	}

	/**
	 * Saves changed details. Fewer seats than are taken are refused ({@link CapacityBelowSeatsTaken}); more seats
	 * are offered to the waiting list at once, and a new date makes the reminder due again.
	 */
	@Transactional
	public Event update(UUID id, EventDetails details) {
		locks.lock(id);
		var event = events.findById(id).orElseThrow();
		var taken = event.capacity() - events.freeSeats(id);
		if (details.capacity() < taken) {
			throw new CapacityBelowSeatsTaken(taken);
		}
		var moved = !event.startsAt().equals(details.startsAt());
		var moreSeats = details.capacity() > event.capacity();
		event.describe(details.title(), details.teaser(), details.description(), details.type(), details.category(),
				details.organisationId(), clock.instant());
		event.capacity(details.capacity());
		apply(event, details);
		events.saveAndFlush(event);
		if (moved) {
			events.resetReminders(id);
		}
		if (moreSeats) {
			registrations.capacityChanged(id);
		}
		return event;
	}

	private static void apply(Event event, EventDetails details) {
		event.describe(details.title(), details.teaser(), details.description(), details.type(), details.category(),
				details.organisationId(), event.updatedAt());
		event.schedule(details.startsAt(), details.endsAt());
		event.place(details.venue(), details.online(), details.meetingLink());
		event.accessibility(details.stepFree(), details.inductionLoop(), details.signLanguageOnRequest(),
				details.accessibilityNote());
		event.languages(details.languages());
		event.maxSeatsPerRegistration(details.maxSeatsPerRegistration());
		event.registrationWindow(details.registrationOpensAt(), details.registrationClosesAt());
		event.imageText(details.imageAlt(), details.imageCredit());
	}

	@Transactional
	public Optional<Event> publish(UUID id) {
		return events.findById(id).filter(event -> event.status() == EventStatus.DRAFT).map(event -> {
			event.publish(clock.instant());
			return event;
		});
	}

	@Transactional
	public void replaceImage(UUID id, String contentType, byte[] data) {
		var now = clock.instant();
		images.findById(id).ifPresentOrElse(image -> image.replace(contentType, data, now),
				() -> images.save(new EventImage(id, contentType, data, now)));
	}

	@Transactional
	public void removeImage(UUID id) {
		images.deleteById(id);
	}

	@Transactional(readOnly = true)
	public boolean hasImage(UUID id) {
		return images.existsById(id);
	}

	@Transactional(readOnly = true)
	public Optional<EventImage> image(UUID id) {
		return images.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<Event> find(UUID id) {
		return events.findById(id);
	}

	/** Staff asked for fewer seats than registrants hold. */
	public static class CapacityBelowSeatsTaken extends RuntimeException {

		private final int taken;

		CapacityBelowSeatsTaken(int taken) {
			super("capacity below the " + taken + " seats taken");
			this.taken = taken;
		}

		public int taken() {
			return taken;
		}
	}
}
