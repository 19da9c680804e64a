package org.integrationskompass.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A measure of a field of action, possibly a sub-measure of another measure of the same field (one level of
 * nesting per row; the tree is built from {@code parentId}). Its progress is the weighted mean of its indicators
 * and sub-measures, see {@link ProgressRules}.
 */
@Entity
@Table(name = "plan_measure")
public class Measure {

	@Id
	private UUID id;

	@Column(name = "field_of_action_id", nullable = false)
	private UUID fieldOfActionId;

	@Column(name = "parent_id")
	private @Nullable UUID parentId;

	@Column(nullable = false)
	private LocalizedText title;

	@Column(nullable = false)
	private LocalizedText description;

	@Column(name = "responsible_body", nullable = false)
	private String responsibleBody;

	@Column(name = "starts_on")
	private @Nullable LocalDate startsOn;

	@Column(name = "ends_on")
	private @Nullable LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeasureStatus status;

	@Column(nullable = false)
	private BigDecimal weight;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Measure() {
		this.id = UUID.randomUUID();
		this.fieldOfActionId = id;
		this.title = LocalizedText.empty();
		this.description = LocalizedText.empty();
		this.responsibleBody = "";
		this.status = MeasureStatus.PLANNED;
		this.weight = BigDecimal.ONE;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	public Measure(UUID fieldOfActionId, MeasureDetails details, boolean demo, Instant now) {
		this();
		this.fieldOfActionId = fieldOfActionId;
		this.demo = demo;
		this.createdAt = now;
		apply(details, now);
	}

	void apply(MeasureDetails details, Instant now) {
		this.parentId = details.parentId();
		this.title = details.title();
		this.description = details.description();
		this.responsibleBody = details.responsibleBody();
		this.startsOn = details.startsOn();
		this.endsOn = details.endsOn();
		this.status = details.status();
		this.weight = details.weight();
		this.updatedAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID fieldOfActionId() {
		return fieldOfActionId;
	}

	public @Nullable UUID parentId() {
		return parentId;
	}

	public LocalizedText title() {
		return title;
	}

	public LocalizedText description() {
		return description;
	}

	public String responsibleBody() {
		return responsibleBody;
	}

	public @Nullable LocalDate startsOn() {
		return startsOn;
	}

	public @Nullable LocalDate endsOn() {
		return endsOn;
	}

	public MeasureStatus status() {
		return status;
	}

	public BigDecimal weight() {
		return weight;
	}

	public boolean demo() {
		return demo;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
