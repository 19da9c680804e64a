package org.integrationskompass.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

/**
 * One person's (or family's, or group's) registration for an event, confirmed or on the waiting list. Personal
 * data is kept only as long as {@code RegistrationRetention} allows.
 */
@Entity
@Table(name = "events_registration")
public class Registration implements Persistable<UUID> {

	/** The id is made here, not by the database: this tells Spring Data to insert (persist) rather than merge. */
	@Transient
	private boolean isNew = true;

	@Id
	private UUID id;

	@Column(name = "event_id", nullable = false, updatable = false)
	private UUID eventId;

	/** Order of arrival (a database sequence); the waiting list is served in this order. */
	@Column(nullable = false, updatable = false)
	private long position;

	@Column(nullable = false, updatable = false)
	private int seats;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RegistrationStatus status;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String email;

	private @Nullable String organisation;

	private @Nullable String needs;

	@Column(name = "consent_text", nullable = false, updatable = false)
	private String consentText;

	@Column(nullable = false)
	private String language;

	@Column(name = "manage_token_hash", nullable = false, updatable = false, unique = true)
	private String manageTokenHash;

	@Column(name = "registered_at", nullable = false, updatable = false)
	private Instant registeredAt;

	@Column(name = "confirmed_at")
	private @Nullable Instant confirmedAt;

	@Column(name = "offer_expires_at")
	private @Nullable Instant offerExpiresAt;

	@Column(name = "cancelled_at")
	private @Nullable Instant cancelledAt;

	@Column(name = "checked_in_at")
	private @Nullable Instant checkedInAt;

	@Column(name = "anonymised_at", insertable = false, updatable = false)
	private @Nullable Instant anonymisedAt;

	/** The address in lower case while the registration holds or waits for seats; unique per event. */
	@Column(name = "active_email")
	private @Nullable String activeEmail;

	protected Registration() {
		// for JPA
		this.id = UUID.randomUUID();
		this.eventId = id;
		this.status = RegistrationStatus.WAITING;
		this.name = "";
		this.email = "";
		this.consentText = "";
		this.language = "de";
		this.manageTokenHash = "";
		this.registeredAt = Instant.EPOCH;
	}

	Registration(UUID eventId, long position, RegistrationRequest request, String manageTokenHash, Instant now) {
		this();
		this.eventId = eventId;
		this.position = position;
		this.seats = request.seats();
		this.name = request.name();
		this.email = request.email();
		this.organisation = request.organisation();
		this.needs = request.needs();
		this.consentText = request.consentText();
		this.language = request.language();
		this.manageTokenHash = manageTokenHash;
		this.registeredAt = now;
		this.activeEmail = activeEmail(request.email());
	}

	static String activeEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** Set once, before the registration is saved: the token is derived from the id (see {@link ManageLinks}). */
	void manageTokenHash(String hash) {
		this.manageTokenHash = hash;
	}

	void confirm(Instant now) {
		status = RegistrationStatus.CONFIRMED;
		confirmedAt = now;
		offerExpiresAt = null;
	}

	void offer(Instant until) {
		status = RegistrationStatus.OFFERED;
		offerExpiresAt = until;
	}

	void expire() {
		status = RegistrationStatus.EXPIRED;
		offerExpiresAt = null;
		activeEmail = null;
	}

	void cancel(Instant now) {
		status = RegistrationStatus.CANCELLED;
		cancelledAt = now;
		offerExpiresAt = null;
		activeEmail = null;
	}

	/** Marks arrival at the event (or takes the mark back); only confirmed participants arrive. */
	void checkIn(@Nullable Instant at) {
		if (status != RegistrationStatus.CONFIRMED) {
			throw new IllegalStateException("only confirmed participants check in: " + status);
		}
		checkedInAt = at;
	}

	public UUID id() {
		return id;
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return isNew;
	}

	@PostLoad
	@PostPersist
	void markNotNew() {
		isNew = false;
	}

	public UUID eventId() {
		return eventId;
	}

	public long position() {
		return position;
	}

	public int seats() {
		return seats;
	}

	public RegistrationStatus status() {
		return status;
	}

	public String name() {
		return name;
	}

	public String email() {
		return email;
	}

	public @Nullable String organisation() {
		return organisation;
	}

	public @Nullable String needs() {
		return needs;
	}

	public String language() {
		return language;
	}

	public @Nullable Instant offerExpiresAt() {
		return offerExpiresAt;
	}

	public Instant registeredAt() {
		return registeredAt;
	}

	public @Nullable Instant confirmedAt() {
		return confirmedAt;
	}

	public @Nullable Instant cancelledAt() {
		return cancelledAt;
	}

	public @Nullable Instant checkedInAt() {
		return checkedInAt;
	}

	/** True once the retention job has removed the personal data. */
	public boolean anonymised() {
		return anonymisedAt != null;
	}

	public String consentText() {
		return consentText;
	}
}
