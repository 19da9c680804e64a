package org.integrationskompass.newsletter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One address on the newsletter list with its consent trail: the consent text word for word and its version, when
 * the subscription was requested and confirmed, and the requesting IP address only when configured. The
 * confirmation token is kept only as its SHA-256; the unsubscribe token is kept as it is, because every issue
 * carries it and it can do nothing but unsubscribe.
 */
@Entity
@Table(name = "newsletter_subscription")
public class Subscription {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private String email;

	@Column(nullable = false)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SubscriptionStatus status;

	@Column(name = "consent_text", nullable = false)
	private String consentText;

	@Column(name = "consent_version", nullable = false)
	private String consentVersion;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "confirmed_at")
	private @Nullable Instant confirmedAt;

	@Column(name = "unsubscribed_at")
	private @Nullable Instant unsubscribedAt;

	@Column(name = "request_ip")
	private @Nullable String requestIp;

	@Column(name = "confirm_token_hash")
	private @Nullable String confirmTokenHash;

	@Column(name = "confirm_expires_at")
	private @Nullable Instant confirmExpiresAt;

	@Column(name = "unsubscribe_token", nullable = false)
	private String unsubscribeToken;

	@Column(name = "soft_bounces", nullable = false)
	private int softBounces;

	@Column(name = "last_soft_bounce_on")
	private @Nullable LocalDate lastSoftBounceOn;

	@Column(name = "disabled_reason")
	private @Nullable String disabledReason;

	protected Subscription() {
		this.email = "";
		this.language = "de";
		this.status = SubscriptionStatus.PENDING;
		this.consentText = "";
		this.consentVersion = "";
		this.requestedAt = Instant.EPOCH;
		this.unsubscribeToken = "";
	}

	Subscription(String email, String language, String unsubscribeToken) {
		this();
		this.email = email;
		this.language = language;
		this.unsubscribeToken = unsubscribeToken;
	}

	/** A new request (first time, or again after unsubscribing or while still pending): a new consent and token. */
	void request(String language, String consentText, String consentVersion, Instant now, @Nullable String ip,
			String confirmTokenHash, Instant expiresAt, String unsubscribeToken) {
		this.language = language;
		this.consentText = consentText;
		this.consentVersion = consentVersion;
		this.requestedAt = now;
		this.requestIp = ip;
		this.confirmTokenHash = confirmTokenHash;
		this.confirmExpiresAt = expiresAt;
		this.confirmedAt = null;
		this.unsubscribedAt = null;
		this.status = SubscriptionStatus.PENDING;
		this.unsubscribeToken = unsubscribeToken;
		this.softBounces = 0;
		this.lastSoftBounceOn = null;
		this.disabledReason = null;
	}

	/** Confirms once: the token is forgotten, so a replayed link finds nothing. */
	void confirm(Instant now) {
		this.status = SubscriptionStatus.ACTIVE;
		this.confirmedAt = now;
		this.confirmTokenHash = null;
		this.confirmExpiresAt = null;
	}

	void unsubscribe(Instant now) {
		this.status = SubscriptionStatus.UNSUBSCRIBED;
		this.unsubscribedAt = now;
		this.confirmTokenHash = null;
		this.confirmExpiresAt = null;
		this.requestIp = null;
	}

	void disable(String reason) {
		this.status = SubscriptionStatus.DISABLED;
		this.disabledReason = reason.length() > 200 ? reason.substring(0, 200) : reason;
	}

	/** Counts a soft bounce at most once per day; true when the count reached {@code threshold}. */
	boolean softBounce(LocalDate today, int threshold) {
		if (today.equals(lastSoftBounceOn)) {
			return false;
		}
		lastSoftBounceOn = today;
		softBounces++;
		return softBounces >= threshold;
	}

	public long id() {
		return id == null ? 0 : id;
	}

	public String email() {
		return email;
	}

	public String language() {
		return language;
	}

	public SubscriptionStatus status() {
		return status;
	}

	public String consentText() {
		return consentText;
	}

	public String consentVersion() {
		return consentVersion;
	}

	public Instant requestedAt() {
		return requestedAt;
	}

	public @Nullable Instant confirmedAt() {
		return confirmedAt;
	}

	public @Nullable String requestIp() {
		return requestIp;
	}

	public @Nullable Instant confirmExpiresAt() {
		return confirmExpiresAt;
	}

	public String unsubscribeToken() {
		return unsubscribeToken;
	}

	public int softBounces() {
		return softBounces;
	}

	public @Nullable String disabledReason() {
		return disabledReason;
	}
}
