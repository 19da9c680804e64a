package org.integrationskompass.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventCategory;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventType;
import org.integrationskompass.events.domain.Venue;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** What other modules (the home page) get from the events: the next published dates, with their place. */
@SpringBootTest
class EventCalendarTests {

	@Autowired
	EventCalendar calendar;

	@Autowired
	EventRepository events;

	@Test
	void listsPublishedEventsThatHaveNotEndedSoonestFirstWithTheirPlaceAndLanguages() {
		var now = Instant.now();
		var later = event("Fachtag", now.plus(Duration.ofDays(20)), true, false);
		var sooner = event("Netzwerktreffen", now.plus(Duration.ofDays(3)), true, true);
		event("Entwurf", now.plus(Duration.ofDays(1)), false, false);
		event("Vorbei", now.minus(Duration.ofDays(2)), true, false);

		var upcoming = calendar.upcoming(100).stream().map(EventTeaser::slug).toList();

		assertThat(upcoming).containsSubsequence(sooner, later);
		assertThat(upcoming).noneMatch(slug -> slug.startsWith("entwurf-") || slug.startsWith("vorbei-"));
		var teaser = calendar.upcoming(100).stream().filter(t -> t.slug().equals(sooner)).findFirst().orElseThrow();
		assertThat(teaser.online()).isTrue();
		assertThat(teaser.city()).isEqualTo("Gießen");
		assertThat(teaser.title().in("de").text()).isEqualTo("Netzwerktreffen");
		assertThat(events.findBySlug(sooner).orElseThrow().languages()).containsExactly("ar", "de");
	}

	@Test
	void findsAPublicEventByItsAddressPastOnesIncludedButNeverADraft() {
		var now = Instant.now();
		var past = event("Vergangen", now.minus(Duration.ofDays(30)), true, false);
		var draft = event("Unveroeffentlicht", now.plus(Duration.ofDays(5)), false, false);

		assertThat(calendar.findBySlug(past)).hasValueSatisfying(teaser -> assertThat(teaser.slug()).isEqualTo(past));
		assertThat(calendar.findBySlug(draft)).isEmpty();
		assertThat(calendar.findBySlug("gibt-es-nicht")).isEmpty();
	}

	private String event(String title, Instant startsAt, boolean published, boolean online) {
		var slug = title.toLowerCase() + "-" + UUID.randomUUID();
		var event = new Event(slug, LocalizedText.german(title), EventType.NETWORKING, EventCategory.LOTSINNEN,
				startsAt, startsAt.plus(Duration.ofHours(4)), 30, Instant.now());
		event.place(new Venue("Rathaus", "Berliner Platz 1", "35390", "Gießen", "06531", 50.58, 8.67), online,
				online ? "https://meet.example.org/treffen" : null);
		event.languages(Set.of("de", "AR"));
		if (published) {
			event.publish(Instant.now());
		}
		events.save(event);
		return slug;
	}
}
