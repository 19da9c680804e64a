package org.integrationskompass.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.integrationskompass.conference.domain.ConferenceAdministration;
import org.integrationskompass.conference.domain.SessionDetails;
import org.integrationskompass.conference.domain.SessionKind;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Publishing a session tells other modules once, with the session's day in Hessen. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "platform.demo.enabled=false")
@RecordApplicationEvents
class ConferenceSessionHeldTests {

	@Autowired
	ConferenceAdministration administration;

	@Autowired
	ApplicationEvents events;

	@Test
	void publishesConferenceSessionHeldWithTheLocalDateOnlyWhenASessionBecomesPublic() {
		// half past midnight in Hessen is still the previous day in UTC
		var start = LocalDateTime.of(2026, 7, 1, 0, 30).atZone(ConferenceAdministration.BERLIN).toInstant();
		var session = administration.createSession(new SessionDetails(SessionKind.PLENARY, null,
				LocalizedText.german("Späte Sitzung"), start, start.plusSeconds(1800), "Fulda", List.of(),
				LocalizedText.empty()));

		administration.publish(session.id(), true);
		administration.publish(session.id(), true);
		administration.publish(session.id(), false);

		assertThat(events.stream(ConferenceSessionHeld.class))
			.containsExactly(new ConferenceSessionHeld(session.id(), LocalDate.of(2026, 7, 1)));
	}
}
