package org.integrationskompass.newsletter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A bounce the mail provider reported for a subscriber; deleted with the subscription. */
@Entity
@Table(name = "newsletter_bounce")
public class Bounce {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "subscription_id")
	private long subscriptionId;

	@Column(nullable = false)
	private String type;

	@Column(nullable = false)
	private String reason;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	protected Bounce() {
		this.type = "";
		this.reason = "";
		this.receivedAt = Instant.EPOCH;
	}

	Bounce(long subscriptionId, String type, String reason, Instant receivedAt) {
		this.subscriptionId = subscriptionId;
		this.type = type;
		this.reason = reason;
		this.receivedAt = receivedAt;
	}

	public long subscriptionId() {
		return subscriptionId;
	}

	public String type() {
		return type;
	}

	public String reason() {
		return reason;
	}

	public Instant receivedAt() {
		return receivedAt;
	}
}
