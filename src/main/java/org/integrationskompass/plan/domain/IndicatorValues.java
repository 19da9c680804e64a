package org.integrationskompass.plan.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.integrationskompass.plan.IndicatorId;
import org.integrationskompass.plan.IndicatorValueRecorded;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records measured values, one typed by hand or a whole CSV file, and publishes {@link IndicatorValueRecorded} for
 * each stored value. A file is stored all or nothing: if any row is wrong, no row is stored.
 */
@Service
public class IndicatorValues {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final IndicatorRepository indicators;

	private final IndicatorValueRepository values;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	IndicatorValues(IndicatorRepository indicators, IndicatorValueRepository values, ApplicationEventPublisher publisher,
			Clock clock) {
		this.indicators = indicators;
		this.values = values;
		this.publisher = publisher;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(BERLIN));
	}

	/**
	 * Records a value typed by hand.
	 *
	 * @return the problem when the value cannot be stored (nothing is stored then)
	 */
	@Transactional
	public Optional<ValueProblem> record(UUID indicatorId, LocalDate date, BigDecimal value, @Nullable String note) {
		if (indicators.findById(indicatorId).isEmpty()) {
			return Optional.of(ValueProblem.UNKNOWN_INDICATOR);
		}
		if (date.isAfter(today())) {
			return Optional.of(ValueProblem.DATE_IN_FUTURE);
		}
		if (note != null && note.length() > ValueImport.MAX_NOTE) {
			return Optional.of(ValueProblem.NOTE_TOO_LONG);
		}
		if (values.existsByIndicatorIdAndMeasuredOn(indicatorId, date)) {
			return Optional.of(ValueProblem.ALREADY_RECORDED);
		}
		store(indicatorId, date, value, note);
		return Optional.empty();
	}

	/** Reads and checks a file without storing anything (the preview). */
	@Transactional(readOnly = true)
	public ValueImport.Report check(byte[] content) {
		var codes = indicators.findAll().stream().collect(Collectors.toMap(Indicator::code, Indicator::id));
		var recorded = values.findAll().stream().map(v -> v.indicatorId() + "/" + v.measuredOn())
			.collect(Collectors.toSet());
		return ValueImport.check(content, codes, recorded, today());
	}

	/** Checks the file and, only when every row is right, stores all its values in this one transaction. */
	@Transactional
	public ValueImport.Report importAll(byte[] content) {
		var report = check(content);
		if (report.ok()) {
			for (var row : report.rows()) {
				store(java.util.Objects.requireNonNull(row.indicatorId()), java.util.Objects.requireNonNull(row.date()),
						java.util.Objects.requireNonNull(row.value()), row.note());
			}
		}
		return report;
	}

	/** Removes a value typed or imported by mistake. */
	@Transactional
	public boolean remove(UUID valueId) {
		var found = values.findById(valueId);
		found.ifPresent(values::delete);
		return found.isPresent();
	}

	private void store(UUID indicatorId, LocalDate date, BigDecimal value, @Nullable String note) {
		values.save(new IndicatorValue(indicatorId, date, value, note, clock.instant()));
		publisher.publishEvent(new IndicatorValueRecorded(new IndicatorId(indicatorId), date, value));
	}
}
