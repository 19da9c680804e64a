package org.integrationskompass.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A measured value of an indicator on a day; one per indicator and day (a unique constraint guards it). */
@Entity
@Table(name = "plan_indicator_value")
public class IndicatorValue {

	@Id
	private UUID id;

	@Column(name = "indicator_id", nullable = false, updatable = false)
	private UUID indicatorId;

	@Column(name = "measured_on", nullable = false, updatable = false)
	private LocalDate measuredOn;

	@Column(name = "measured_value", nullable = false)
	private BigDecimal value;

	@Column
	private @Nullable String note;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected IndicatorValue() {
		this.id = UUID.randomUUID();
		this.indicatorId = id;
		this.measuredOn = LocalDate.EPOCH;
		this.value = BigDecimal.ZERO;
		this.recordedAt = Instant.EPOCH;
	}

	IndicatorValue(UUID indicatorId, LocalDate measuredOn, BigDecimal value, @Nullable String note, Instant now) {
		this();
		this.indicatorId = indicatorId;
		this.measuredOn = measuredOn;
		this.value = value;
		this.note = note;
		this.recordedAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID indicatorId() {
		return indicatorId;
	}

	public LocalDate measuredOn() {
		return measuredOn;
	}

	public BigDecimal value() {
		return value;
	}

	public @Nullable String note() {
		return note;
	}
}
