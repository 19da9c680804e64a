package org.integrationskompass.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.domain.SpokenLanguages;
import org.jspecify.annotations.Nullable;
import org.integrationskompass.shared.persistence.ChangeLogged;

/**
 * An event with its registration settings. The seats taken are not changed through this entity: registrations
 * take and give back seats with conditional updates on the event's row ({@link EventRepository}), so that the
 * database, not the application, guards the capacity.
 */
@ChangeLogged(value = "event", label = "title", ignore = "seatsTaken")
@Entity
@Table(name = "events_event")
public class Event {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String slug;

	@Column(nullable = false)
	private LocalizedText title;

	@Column(nullable = false)
	private LocalizedText teaser;

	@Column(nullable = false)
	private LocalizedText description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventCategory category;

	@Column(name = "organisation_id")
	private @Nullable UUID organisationId;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(nullable = false)
	private boolean online;

	/** Shown only to confirmed participants. */
	@Column(name = "meeting_link")
	private @Nullable String meetingLink;

	@Embedded
	private @Nullable Venue venue;

	@Column(name = "step_free", nullable = false)
	private boolean stepFree;

	@Column(name = "induction_loop", nullable = false)
	private boolean inductionLoop;

	@Column(name = "sign_language_on_request", nullable = false)
	private boolean signLanguageOnRequest;

	@Convert(converter = LanguageCodesConverter.class)
	@Column(nullable = false)
	private SortedSet<String> languages = new TreeSet<>();

	@Column(name = "accessibility_note", nullable = false)
	private LocalizedText accessibilityNote = LocalizedText.empty();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventStatus status = EventStatus.DRAFT;

	@Column(name = "registration_opens_at")
	private @Nullable Instant registrationOpensAt;

	@Column(name = "registration_closes_at")
	private @Nullable Instant registrationClosesAt;

	@Column(nullable = false)
	private int capacity;

	/** Read only here: changed by conditional updates in {@link EventRepository}. */
	@Column(name = "seats_taken", nullable = false, insertable = false, updatable = false)
	private int seatsTaken;

	@Column(name = "max_seats_per_registration", nullable = false)
	private int maxSeatsPerRegistration = 1;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "image_alt", nullable = false)
	private LocalizedText imageAlt = LocalizedText.empty();

	@Column(name = "image_credit")
	private @Nullable String imageCredit;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Event() {
		// for JPA
		this.id = UUID.randomUUID();
		this.slug = "";
		this.title = LocalizedText.empty();
		this.teaser = LocalizedText.empty();
		this.description = LocalizedText.empty();
		this.type = EventType.CONFERENCE;
		this.category = EventCategory.SHARED;
		this.startsAt = Instant.EPOCH;
		this.endsAt = Instant.EPOCH;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	public Event(String slug, LocalizedText title, EventType type, EventCategory category, Instant startsAt,
			Instant endsAt, int capacity, Instant now) {
		this();
		if (endsAt.isBefore(startsAt)) {
			throw new IllegalArgumentException("an event cannot end before it starts");
		}
		if (capacity < 0) {
			throw new IllegalArgumentException("capacity must not be negative: " + capacity);
		}
		this.slug = Objects.requireNonNull(slug);
		this.title = title;
		this.type = type;
		this.category = category;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.capacity = capacity;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Whether registrations are taken at {@code now}: published, not over, and inside the registration window. */
	public boolean registrationOpenAt(Instant now) {
		return status == EventStatus.PUBLISHED && now.isBefore(startsAt)
				&& (registrationOpensAt == null || !now.isBefore(registrationOpensAt))
				&& (registrationClosesAt == null || now.isBefore(registrationClosesAt));
	}

	/** Held in person at {@code venue}, online (with a link for participants), or both. */
	public void place(Venue venue, boolean online, @Nullable String meetingLink) {
		this.venue = venue.isEmpty() ? null : venue;
		this.online = online;
		this.meetingLink = online ? meetingLink : null;
	}

	public void accessibility(boolean stepFree, boolean inductionLoop, boolean signLanguageOnRequest,
			LocalizedText note) {
		this.stepFree = stepFree;
		this.inductionLoop = inductionLoop;
		this.signLanguageOnRequest = signLanguageOnRequest;
		this.accessibilityNote = note;
	}

	public void languages(Set<String> codes) {
		this.languages = codes.stream().map(SpokenLanguages::normalise).collect(Collectors.toCollection(TreeSet::new));
	}

	public void teaser(LocalizedText teaser, LocalizedText description) {
		this.teaser = teaser;
		this.description = description;
	}

	/** Demo content (shown with a "demo" badge; never loaded under the prod profile). */
	public void markAsDemo() {
		this.demo = true;
	}

	/** The texts and kind of the event as staff edit them. */
	public void describe(LocalizedText title, LocalizedText teaser, LocalizedText description, EventType type,
			EventCategory category, @Nullable UUID organisationId, Instant now) {
		this.title = title;
		this.teaser = teaser;
		this.description = description;
		this.type = type;
		this.category = category;
		this.organisationId = organisationId;
		this.updatedAt = now;
	}

	public void schedule(Instant startsAt, Instant endsAt) {
		if (endsAt.isBefore(startsAt)) {
			throw new IllegalArgumentException("an event cannot end before it starts");
		}
		this.startsAt = startsAt;
		this.endsAt = endsAt;
	}

	/** The number of seats; the database refuses fewer than are taken (check constraint). */
	public void capacity(int seats) {
		if (seats < 0) {
			throw new IllegalArgumentException("capacity must not be negative: " + seats);
		}
		this.capacity = seats;
	}

	/** The alternative text and the copyright credit of the event's image (the bytes are kept apart). */
	public void imageText(LocalizedText alt, @Nullable String credit) {
		this.imageAlt = alt;
		this.imageCredit = credit == null || credit.isBlank() ? null : credit.strip();
	}

	public void cancel(Instant now) {
		status = EventStatus.CANCELLED;
		updatedAt = now;
	}

	public void publish(Instant now) {
		status = EventStatus.PUBLISHED;
		updatedAt = now;
	}

	public void registrationWindow(@Nullable Instant opensAt, @Nullable Instant closesAt) {
		if (opensAt != null && closesAt != null && closesAt.isBefore(opensAt)) {
			throw new IllegalArgumentException("registration cannot close before it opens");
		}
		this.registrationOpensAt = opensAt;
		this.registrationClosesAt = closesAt;
	}

	public void maxSeatsPerRegistration(int seats) {
		if (seats < 1) {
			throw new IllegalArgumentException("at least one seat per registration: " + seats);
		}
		this.maxSeatsPerRegistration = seats;
	}

	public UUID id() {
		return id;
	}

	public String slug() {
		return slug;
	}

	public LocalizedText title() {
		return title;
	}

	public EventType type() {
		return type;
	}

	public EventCategory category() {
		return category;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public Instant endsAt() {
		return endsAt;
	}

	public EventStatus status() {
		return status;
	}

	public int capacity() {
		return capacity;
	}

	/** As last read from the database; may be behind concurrent registrations. */
	public int seatsTaken() {
		return seatsTaken;
	}

	public int maxSeatsPerRegistration() {
		return maxSeatsPerRegistration;
	}

	public boolean online() {
		return online;
	}

	public LocalizedText teaser() {
		return teaser;
	}

	public LocalizedText description() {
		return description;
	}

	public Venue venue() {
		return venue == null ? Venue.none() : venue;
	}

	public @Nullable String meetingLink() {
		return meetingLink;
	}

	public boolean stepFree() {
		return stepFree;
	}

	public boolean inductionLoop() {
		return inductionLoop;
	}

	public boolean signLanguageOnRequest() {
		return signLanguageOnRequest;
	}

	public LocalizedText accessibilityNote() {
		return accessibilityNote;
	}

	/** In alphabetical order of their codes. */
	public SortedSet<String> languages() {
		return Collections.unmodifiableSortedSet(languages);
	}

	public @Nullable UUID organisationId() {
		return organisationId;
	}

	public @Nullable Instant registrationOpensAt() {
		return registrationOpensAt;
	}

	public @Nullable Instant registrationClosesAt() {
		return registrationClosesAt;
	}

	public LocalizedText imageAlt() {
		return imageAlt;
	}

	public @Nullable String imageCredit() {
		return imageCredit;
	}

	/** Seats still free as this entity was read. */
	public int freeSeats() {
		return Math.max(0, capacity - seatsTaken);
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public boolean demo() {
		return demo;
	}
}
