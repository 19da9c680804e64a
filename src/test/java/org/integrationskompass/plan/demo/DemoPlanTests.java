package org.integrationskompass.plan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.integrationskompass.plan.PlanCatalog;
import org.integrationskompass.plan.domain.Direction;
import org.integrationskompass.plan.domain.IndicatorRepository;
import org.integrationskompass.plan.domain.IndicatorValueRepository;
import org.integrationskompass.plan.domain.MeasureRepository;
import org.integrationskompass.plan.domain.PlanOverview;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

/** A first start with demo content has measures in every field of action and labelled indicator series. */
@SpringBootTest(properties = "platform.demo.enabled=true")
class DemoPlanTests {

	@Autowired
	PlanOverview overview;

	@Autowired
	IndicatorRepository indicators;

	@Autowired
	IndicatorValueRepository values;

	@Autowired
	MeasureRepository measures;

	@Autowired
	PlanCatalog catalog;

	@Autowired
	DemoPlan demo;

	@Test
	void fillsEveryFieldOfActionWithDemoMeasuresAndIndicatorsOnce() {
		var plan = overview.plan();

		assertThat(plan).hasSize(7).allSatisfy(field -> assertThat(field.measures()).hasSizeBetween(1, 3));
		assertThat(plan).anySatisfy(field -> assertThat(field.measures()).anySatisfy(m -> assertThat(m.children()).isNotEmpty()));
		var all = indicators.findAll();
		assertThat(all).hasSizeGreaterThanOrEqualTo(12).allSatisfy(indicator -> assertThat(indicator.demo()).isTrue());
		assertThat(all).anySatisfy(indicator -> assertThat(indicator.direction()).isEqualTo(Direction.LOWER_IS_BETTER));
		var series = plan.stream().flatMap(field -> field.allIndicators().stream()).toList();
		assertThat(series).filteredOn(node -> node.values().isEmpty()).hasSize(1)
			.allSatisfy(node -> assertThat(node.progress().isMeasured()).isFalse());
		assertThat(series).filteredOn(node -> !node.values().isEmpty())
			.allSatisfy(node -> assertThat(node.values().size()).isBetween(1, 6));
		assertThat(series).filteredOn(node -> node.values().size() >= 3).hasSizeGreaterThanOrEqualTo(12);
		assertThat(catalog.findMeasures()).hasSize((int) measures.count())
			.anySatisfy(summary -> assertThat(summary.parentId()).isNotNull());

		var count = values.count();
		demo.run(new DefaultApplicationArguments());
		assertThat(values.count()).as("a second start adds nothing").isEqualTo(count);
	}
}
