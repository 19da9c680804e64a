package org.integrationskompass.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.integrationskompass.shared.persistence.ChangeLogged;

/** The picture of an event's tile and page (PNG, JPEG or WebP, checked by content on upload). */
@ChangeLogged(value = "event", part = "image")
@Entity
@Table(name = "events_image")
public class EventImage {

	@Id
	@Column(name = "event_id")
	private UUID eventId;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false)
	private byte[] data;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected EventImage() {
		this.eventId = UUID.randomUUID();
		this.contentType = "image/png";
		this.data = new byte[0];
		this.updatedAt = Instant.EPOCH;
	}

	public EventImage(UUID eventId, String contentType, byte[] data, Instant now) {
		this.eventId = eventId;
		this.contentType = contentType;
		this.data = data.clone();
		this.updatedAt = now;
	}

	public void replace(String contentType, byte[] data, Instant now) {
		this.contentType = contentType;
		this.data = data.clone();
		this.updatedAt = now;
	}

	public UUID eventId() {
		return eventId;
	}

	public String contentType() {
		return contentType;
	}

	public byte[] data() {
		return data.clone();
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
