package org.integrationskompass.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A mail to a registrant waiting to be sent (the outbox): written in the transaction that changed the
 * registration, deleted once the SMTP server took it.
 */
@Entity
@Table(name = "events_mail")
public class RegistrationMail {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "registration_id", nullable = false, updatable = false)
	private UUID registrationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private MailKind kind;

	/** Only for {@link MailKind#MESSAGE}: the organisers' subject and text, sent as plain text. */
	@Column(updatable = false)
	private @Nullable String subject;

	@Column(updatable = false)
	private @Nullable String body;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false, insertable = false, updatable = false)
	private int attempts;

	/** Set by {@link RegistrationMailRepository#claim} and {@link RegistrationMailRepository#failed} only. */
	@Column(name = "claimed_until", insertable = false, updatable = false)
	private @Nullable Instant claimedUntil;

	@Column(name = "last_error", insertable = false, updatable = false)
	private @Nullable String lastError;

	protected RegistrationMail() {
		// for JPA
		this.registrationId = UUID.randomUUID();
		this.kind = MailKind.REGISTERED;
		this.createdAt = Instant.EPOCH;
	}

	RegistrationMail(UUID registrationId, MailKind kind, @Nullable String subject, @Nullable String body, Instant now) {
		this.registrationId = registrationId;
		this.kind = kind;
		this.subject = subject;
		this.body = body;
		this.createdAt = now;
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("not saved yet");
		}
		return id;
	}

	public UUID registrationId() {
		return registrationId;
	}

	public MailKind kind() {
		return kind;
	}

	public @Nullable String subject() {
		return subject;
	}

	public @Nullable String body() {
		return body;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public int attempts() {
		return attempts;
	}

	public @Nullable String lastError() {
		return lastError;
	}
}
