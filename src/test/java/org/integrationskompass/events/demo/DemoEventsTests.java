package org.integrationskompass.events.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.integrationskompass.events.EventCalendar;
import org.integrationskompass.events.EventTeaser;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

/** A first start with demo content has past and upcoming events of several kinds, each marked as demo. */
@SpringBootTest(properties = "platform.demo.enabled=true")
class DemoEventsTests {

	@Autowired
	EventRepository events;

	@Autowired
	EventCalendar calendar;

	@Autowired
	DemoEvents demo;

	@Test
	void loadsPastAndUpcomingEventsOfSeveralKindsOnceAndMarksThemAsDemo() {
		var all = events.findAll();
		var now = Instant.now();

		assertThat(all).hasSizeGreaterThanOrEqualTo(6).allMatch(Event::demo);
		assertThat(all).anyMatch(event -> event.endsAt().isBefore(now));
		assertThat(calendar.upcoming(100)).hasSizeGreaterThanOrEqualTo(4)
			.extracting(EventTeaser::type).contains("CONFERENCE", "WORKSHOP", "NETWORKING", "PODIUM");
		assertThat(calendar.upcoming(100)).anyMatch(EventTeaser::online).anyMatch(teaser -> teaser.city() != null);
		assertThat(all).allSatisfy(event -> assertThat(event.title().get("en")).isPresent());

		demo.run(new DefaultApplicationArguments());
		assertThat(events.count()).as("a second start adds nothing").isEqualTo(all.size());
	}
}
