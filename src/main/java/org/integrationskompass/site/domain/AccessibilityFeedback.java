package org.integrationskompass.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A message sent through the feedback form of the accessibility statement: a barrier someone met, or a request
 * for content in an accessible form. The public body must answer it (HVBIT § 4, EU directive 2016/2102, Art. 7),
 * so it is stored first and mailed to the office afterwards; a mail that fails is retried, never lost.
 *
 * <p>The text is stored exactly as typed. It is plain text and only ever shown escaped.
 */
@Entity
@Table(name = "site_accessibility_feedback")
public class AccessibilityFeedback {

	/** Mail attempts before giving up: every 5 minutes for a week. */
	public static final int MAX_MAIL_ATTEMPTS = 2016;


	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private String message;

	private @Nullable String page;

	@Column(name = "sender_name")
	private @Nullable String senderName;

	@Column(name = "sender_email")
	private @Nullable String senderEmail;

	/** The page language the sender used; their confirmation mail is written in it. */
	@Column(nullable = false)
	private String language;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "office_notified_at")
	private @Nullable Instant officeNotifiedAt;

	@Column(name = "sender_confirmed_at")
	private @Nullable Instant senderConfirmedAt;

	/** While set and in the future, one instance is sending this row's mails (see the repository). */
	@Column(name = "mail_claimed_until")
	private @Nullable Instant mailClaimedUntil;

	@Column(name = "mail_attempts", nullable = false)
	private int mailAttempts;

	@Column(name = "last_mail_error")
	private @Nullable String lastMailError;

	protected AccessibilityFeedback() {
		this.message = "";
		this.language = "";
		this.receivedAt = Instant.EPOCH;
	}

	public AccessibilityFeedback(String message, @Nullable String page, @Nullable String senderName,
			@Nullable String senderEmail, String language, Instant receivedAt) {
		this.message = message;
		this.page = blankToNull(page);
		this.senderName = blankToNull(senderName);
		this.senderEmail = blankToNull(senderEmail);
		this.language = language;
		this.receivedAt = receivedAt;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public long id() {
		if (id == null) {
			throw new IllegalStateException("Feedback has not been stored yet");
		}
		return id;
	}

	public String message() {
		return message;
	}

	public Optional<String> page() {
		return Optional.ofNullable(page);
	}

	public Optional<String> senderName() {
		return Optional.ofNullable(senderName);
	}

	public Optional<String> senderEmail() {
		return Optional.ofNullable(senderEmail);
	}

	public String language() {
		return language;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public Optional<Instant> officeNotifiedAt() {
		return Optional.ofNullable(officeNotifiedAt);
	}

	public Optional<Instant> senderConfirmedAt() {
		return Optional.ofNullable(senderConfirmedAt);
	}

	public boolean needsOfficeMail() {
		return officeNotifiedAt == null;
	}

	/** Only a sender who gave an address gets a confirmation. */
	public boolean needsSenderConfirmation() {
		return senderEmail != null && senderConfirmedAt == null;
	}

	public int mailAttempts() {
		return mailAttempts;
	}

	public Optional<String> lastMailError() {
		return Optional.ofNullable(lastMailError);
	}
}
