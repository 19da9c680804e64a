package org.integrationskompass.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.integrationskompass.plan.IndicatorId;
import org.integrationskompass.plan.IndicatorValueRecorded;
import org.integrationskompass.plan.PlanFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Recording values by hand and by file, on the real database, and the events that tell other modules. */
@SpringBootTest(properties = "platform.demo.enabled=false")
@RecordApplicationEvents
class IndicatorValuesTests {

	@Autowired
	IndicatorValues values;

	@Autowired
	IndicatorValueRepository valueRepository;

	@Autowired
	PlanAdministration administration;

	@Autowired
	FieldOfActionRepository fields;

	@Autowired
	ApplicationEvents events;

	Indicator quota;

	String code;

	@BeforeEach
	void createIndicator() {
		var measure = PlanFixtures.measure(administration, fields, "wirtschaft-und-arbeitsmarkt", "Arbeit", null);
		code = "quote-" + UUID.randomUUID().toString().substring(0, 8);
		quota = PlanFixtures.indicator(administration, measure, code, "Quote", Direction.HIGHER_IS_BETTER, "50", "60");
	}

	@Test
	void publishesIndicatorValueRecordedForAValueTypedByHand() {
		var problem = values.record(quota.id(), LocalDate.of(2025, 12, 31), new BigDecimal("55.5"), "vorläufig");

		assertThat(problem).isEmpty();
		assertThat(events.stream(IndicatorValueRecorded.class)).containsExactly(
				new IndicatorValueRecorded(new IndicatorId(quota.id()), LocalDate.of(2025, 12, 31), new BigDecimal("55.5")));
		assertThat(valueRepository.findByIndicatorIdOrderByMeasuredOn(quota.id())).singleElement()
			.satisfies(value -> assertThat(value.value()).isEqualByComparingTo("55.5"));
	}

	@Test
	void refusesAValueInTheFutureOrTwiceForOneDayAndPublishesNothingThen() {
		values.record(quota.id(), LocalDate.of(2025, 12, 31), BigDecimal.ONE, null);
		events.clear();

		assertThat(values.record(quota.id(), values.today().plusDays(1), BigDecimal.ONE, null))
			.contains(ValueProblem.DATE_IN_FUTURE);
		assertThat(values.record(quota.id(), LocalDate.of(2025, 12, 31), BigDecimal.TEN, null))
			.contains(ValueProblem.ALREADY_RECORDED);
		assertThat(events.stream(IndicatorValueRecorded.class)).isEmpty();
		assertThat(valueRepository.findByIndicatorIdOrderByMeasuredOn(quota.id())).hasSize(1);
	}

	@Test
	void importsAGoodFileAndPublishesAnEventPerValue() {
		var report = values.importAll(csv("Indikator;Datum;Wert\n" + code + ";31.12.2024;1,5\n" + code + ";31.12.2025;1.234,5\n"));

		assertThat(report.ok()).isTrue();
		assertThat(valueRepository.findByIndicatorIdOrderByMeasuredOn(quota.id())).extracting(IndicatorValue::value)
			.usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1.5"), new BigDecimal("1234.5"));
		assertThat(events.stream(IndicatorValueRecorded.class)).hasSize(2);
	}

	@Test
	void storesNothingOfAFileWithOneBadRow() {
		var report = values.importAll(csv(code + ";31.12.2023;1,5\n" + code + ";31.12.2024;zwei\n" + code + ";31.12.2025;3\n"));

		assertThat(report.ok()).isFalse();
		assertThat(report.badRows()).singleElement().satisfies(row -> {
			assertThat(row.line()).isEqualTo(2);
			assertThat(row.problems()).containsExactly(ValueProblem.NOT_A_NUMBER);
		});
		assertThat(valueRepository.findByIndicatorIdOrderByMeasuredOn(quota.id())).isEmpty();
		assertThat(events.stream(IndicatorValueRecorded.class)).isEmpty();
	}

	private static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
