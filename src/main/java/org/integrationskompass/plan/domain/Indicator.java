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
 * A measurable goal of a measure: what is measured ({@code title}, {@code unit}, {@code dataSource}), which way is
 * better, where it started (baseline) and where it should be by when (target). The goal sentence says it in words.
 * Its {@code code} is the stable key that CSV imports use.
 */
@Entity
@Table(name = "plan_indicator")
public class Indicator {

	@Id
	private UUID id;

	@Column(name = "measure_id", nullable = false)
	private UUID measureId;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(nullable = false)
	private LocalizedText title;

	@Column(nullable = false)
	private LocalizedText goal;

	@Column(nullable = false)
	private LocalizedText unit;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Direction direction;

	@Column(name = "baseline_value")
	private @Nullable BigDecimal baselineValue;

	@Column(name = "baseline_on")
	private @Nullable LocalDate baselineOn;

	@Column(name = "target_value", nullable = false)
	private BigDecimal targetValue;

	@Column(name = "target_on", nullable = false)
	private LocalDate targetOn;

	@Column(name = "data_source", nullable = false)
	private String dataSource;

	@Column(nullable = false)
	private BigDecimal weight;

	/** Invented figures (demo content or a training system): pages label them as demo values. */
	@Column(nullable = false)
	private boolean demo;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Indicator() {
		this.id = UUID.randomUUID();
		this.measureId = id;
		this.code = "";
		this.title = LocalizedText.empty();
		this.goal = LocalizedText.empty();
		this.unit = LocalizedText.empty();
		this.direction = Direction.HIGHER_IS_BETTER;
		this.targetValue = BigDecimal.ZERO;
		this.targetOn = LocalDate.EPOCH;
		this.dataSource = "";
		this.weight = BigDecimal.ONE;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	public Indicator(String code, IndicatorDetails details, Instant now) {
		this();
		this.code = code;
		this.createdAt = now;
		apply(details, now);
	}

	void apply(IndicatorDetails details, Instant now) {
		this.measureId = details.measureId();
		this.title = details.title();
		this.goal = details.goal();
		this.unit = details.unit();
		this.direction = details.direction();
		this.baselineValue = details.baselineValue();
		this.baselineOn = details.baselineOn();
		this.targetValue = details.targetValue();
		this.targetOn = details.targetOn();
		this.dataSource = details.dataSource();
		this.weight = details.weight();
		this.demo = details.demo();
		this.updatedAt = now;
	}

	public UUID id() {
		return id;
	}

	public UUID measureId() {
		return measureId;
	}

	public String code() {
		return code;
	}

	public LocalizedText title() {
		return title;
	}

	public LocalizedText goal() {
		return goal;
	}

	public LocalizedText unit() {
		return unit;
	}

	public Direction direction() {
		return direction;
	}

	public @Nullable BigDecimal baselineValue() {
		return baselineValue;
	}

	public @Nullable LocalDate baselineOn() {
		return baselineOn;
	}

	public BigDecimal targetValue() {
		return targetValue;
	}

	public LocalDate targetOn() {
		return targetOn;
	}

	public String dataSource() {
		return dataSource;
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

	/** The indicator's progress with the latest of the given values (or none). */
	public Progress progress(@Nullable IndicatorValue latest) {
		return ProgressRules.ofIndicator(direction, baselineValue, targetValue, latest == null ? null : latest.value());
	}
}
