package org.integrationskompass.events.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class EventFilterTests {

	private static final Instant START = Instant.parse("2027-01-10T09:00:00Z");

	@Test
	void leavesOutAnEventWithoutAKreisWhenFilteringByKreisInsteadOfFailing() {
		var parameters = new LinkedMultiValueMap<String, String>();
		parameters.add("kreis", "06412");
		var filter = EventFilter.from(parameters);
		var online = new Event("online", LocalizedText.german("Online"), EventType.ONLINE, EventCategory.SHARED, START,
				START.plusSeconds(3600), 10, START);
		var frankfurt = new Event("frankfurt", LocalizedText.german("Vor Ort"), EventType.WORKSHOP, EventCategory.SHARED,
				START, START.plusSeconds(3600), 10, START);
		frankfurt.place(new Venue(null, null, null, "Frankfurt am Main", "06412", null, null), false, null);

		assertThat(filter.matches(online, null, null)).isFalse();
		assertThat(filter.matches(frankfurt, null, null)).isTrue();
	}
}
