package org.integrationskompass.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;

/**
 * A field of action (Handlungsfeld) of the plan. The seven working groups of the integration conference are the
 * initial ones (rows of the migration); staff edit their texts, the address part ({@code slug}) stays.
 */
@Entity
@Table(name = "plan_field_of_action")
public class FieldOfAction {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String slug;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private LocalizedText title;

	@Column(nullable = false)
	private LocalizedText description;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected FieldOfAction() {
		this.id = UUID.randomUUID();
		this.slug = "";
		this.title = LocalizedText.empty();
		this.description = LocalizedText.empty();
		this.updatedAt = Instant.EPOCH;
	}

	public UUID id() {
		return id;
	}

	public String slug() {
		return slug;
	}

	public int position() {
		return position;
	}

	public LocalizedText title() {
		return title;
	}

	public LocalizedText description() {
		return description;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	void describe(LocalizedText title, LocalizedText description, Instant now) {
		this.title = title;
		this.description = description;
		this.updatedAt = now;
	}
}
