package org.integrationskompass.offers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.integrationskompass.offers.OfferId;
import org.jspecify.annotations.Nullable;

/**
 * A visitor's note that an offer's information is out of date. Anonymous on purpose: the form asks for no name or
 * address, so the message is the only thing stored (and is always shown as plain text).
 */
@Entity
@Table(name = "offers_report")
public class OfferReport {

	public static final int MAX_LENGTH = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "offer_id", nullable = false, updatable = false)
	private UUID offerId;

	@Column(nullable = false, updatable = false)
	private String message;

	@Column(nullable = false, updatable = false)
	private String language;

	@Column(name = "received_at", nullable = false, updatable = false)
	private Instant receivedAt;

	@Column(name = "resolved_at")
	private @Nullable Instant resolvedAt;

	protected OfferReport() {
		this.offerId = new UUID(0, 0);
		this.message = "";
		this.language = "";
		this.receivedAt = Instant.EPOCH;
	}

	OfferReport(OfferId offer, String message, String language, Instant receivedAt) {
		this.offerId = offer.value();
		this.message = message;
		this.language = language;
		this.receivedAt = receivedAt;
	}

	void resolve(Instant now) {
		if (resolvedAt == null) {
			resolvedAt = now;
		}
	}

	public long id() {
		return id == null ? 0 : id;
	}

	public OfferId offer() {
		return new OfferId(offerId);
	}

	public String message() {
		return message;
	}

	public String language() {
		return language;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public Optional<Instant> resolvedAt() {
		return Optional.ofNullable(resolvedAt);
	}
}
