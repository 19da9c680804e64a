package org.integrationskompass.events.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventCategory;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventType;
import org.integrationskompass.events.domain.Venue;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The .ics file of an event: parses with iCal4j, local time in Europe/Berlin, no meeting link, page language. */
@SpringBootTest
@AutoConfigureMockMvc
class VisitorAddsAnEventToTheirCalendarTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	MockMvc mvc;

	@Autowired
	EventRepository events;

	@Test
	void givesASummerAndAWinterEventTheirLocalTimeInBerlinWithTheZoneDefinition() throws Exception {
		var summer = event(LocalDateTime.of(2027, 7, 1, 10, 0), true, true);
		var winter = event(LocalDateTime.of(2027, 1, 14, 18, 30), true, false);

		for (var slug : new String[] { summer, winter }) {
			var calendar = parse(mvc.perform(get("/veranstaltungen/" + slug + ".ics")).andExpect(status().isOk())
				.andReturn().getResponse());
			List<VTimeZone> zones = calendar.getComponents(VTimeZone.VTIMEZONE);
			assertThat(zones).hasSize(1);
			assertThat(value(zones.get(0).getProperty(Property.TZID))).isEqualTo("Europe/Berlin");
			var vevent = (VEvent) calendar.getComponent(VEvent.VEVENT).orElseThrow();
			assertThat(vevent.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
				.isEqualTo("Europe/Berlin");
		}
		var summerEvent = single(parse(mvc.perform(get("/veranstaltungen/" + summer + ".ics")).andReturn().getResponse()));
		assertThat(start(summerEvent)).isEqualTo(ZonedDateTime.of(2027, 7, 1, 10, 0, 0, 0, BERLIN).toInstant())
			.as("10:00 in summer is 08:00 UTC").isEqualTo(Instant.parse("2027-07-01T08:00:00Z"));
		var winterEvent = single(parse(mvc.perform(get("/veranstaltungen/" + winter + ".ics")).andReturn().getResponse()));
		assertThat(start(winterEvent)).isEqualTo(Instant.parse("2027-01-14T17:30:00Z"));
	}

	@Test
	void writesTheTitleInThePageLanguageAndNeverTheMeetingLink() throws Exception {
		var slug = event(LocalDateTime.of(2027, 3, 3, 17, 0), true, true);

		var response = mvc.perform(get("/en/veranstaltungen/" + slug + ".ics")).andExpect(status().isOk()).andReturn()
			.getResponse();

		assertThat(response.getContentType()).startsWith("text/calendar");
		assertThat(response.getHeader("Content-Disposition")).contains(slug + ".ics");
		var vevent = single(parse(response));
		assertThat(value(vevent.getProperty(Property.SUMMARY))).isEqualTo("Networking meeting of guide projects");
		assertThat(value(vevent.getProperty(Property.LOCATION))).contains("Kassel").contains("Online");
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("meet.example.org");
	}

	@Test
	void answersNotFoundForDraftsAndUnknownEventsAndMarksCancelledOnes() throws Exception {
		var draft = event(LocalDateTime.of(2027, 3, 3, 17, 0), false, false);
		mvc.perform(get("/veranstaltungen/" + draft + ".ics")).andExpect(status().isNotFound());
		mvc.perform(get("/veranstaltungen/gibt-es-nicht.ics")).andExpect(status().isNotFound());

		var cancelled = event(LocalDateTime.of(2027, 3, 4, 17, 0), true, false);
		var event = events.findBySlug(cancelled).orElseThrow();
		event.cancel(Instant.now());
		events.save(event);
		var vevent = single(parse(mvc.perform(get("/veranstaltungen/" + cancelled + ".ics")).andReturn().getResponse()));
		assertThat(value(vevent.getProperty(Property.STATUS))).isEqualTo("CANCELLED");
	}

	@Test
	void subscribesToAFilteredFeedOfUpcomingEventsAndIgnoresFiltersThatMeanNothing() throws Exception {
		var year = java.time.LocalDate.now().getYear() + 1; // always upcoming
		var kassel = event(LocalDateTime.of(year, 5, 5, 17, 0), true, false);
		var online = event(LocalDateTime.of(year, 5, 6, 17, 0), true, true);
		var draft = event(LocalDateTime.of(year, 5, 7, 17, 0), false, false);

		var all = uids(mvc.perform(get("/veranstaltungen.ics")).andExpect(status().isOk()).andReturn().getResponse());
		assertThat(all).contains(uid(kassel), uid(online)).doesNotContain(uid(draft));

		var onlineOnly = uids(mvc.perform(get("/veranstaltungen.ics").param("online", "ja")).andReturn().getResponse());
		assertThat(onlineOnly).contains(uid(online)).doesNotContain(uid(kassel));

		var inMay = uids(mvc.perform(get("/veranstaltungen.ics").param("von", year + "-05-05").param("bis", year + "-05-05")
			.param("kreis", "06611").param("typ", "networking")).andReturn().getResponse());
		assertThat(inMay).contains(uid(kassel)).doesNotContain(uid(online));

		var nonsense = uids(mvc.perform(get("/veranstaltungen.ics").param("typ", "<script>").param("kreis", "abc")
			.param("von", "gestern").param("bis", "x".repeat(5000))).andExpect(status().isOk()).andReturn()
			.getResponse());
		assertThat(nonsense).as("filters that mean nothing are left out").containsAll(all);
	}

	private java.util.List<String> uids(org.springframework.mock.web.MockHttpServletResponse response)
			throws Exception {
		var calendar = parse(response);
		assertThat(calendar.validate().hasErrors()).as("valid iCalendar: %s", calendar.validate()).isFalse();
		return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
			.map(vevent -> value(vevent.getProperty(Property.UID)))
			.toList();
	}

	private String uid(String slug) {
		return events.findBySlug(slug).orElseThrow().id() + "@integrationskompass";
	}

	private String event(LocalDateTime localStart, boolean published, boolean online) {
		var slug = "treffen-" + UUID.randomUUID();
		var starts = localStart.atZone(BERLIN).toInstant();
		var event = new Event(slug,
				LocalizedText.of(Map.of("de", "Vernetzungstreffen der Lots*innen-Projekte", "en",
						"Networking meeting of guide projects")),
				EventType.NETWORKING, EventCategory.LOTSINNEN, starts, starts.plusSeconds(3 * 3600), 40, Instant.now());
		event.place(new Venue("Bürgerhaus", "Wilhelmsstraße 2", "34117", "Kassel", "06611", 51.3, 9.5), online,
				online ? "https://meet.example.org/geheim" : null);
		if (published) {
			event.publish(Instant.now());
		}
		events.save(event);
		return slug;
	}

	private static Calendar parse(org.springframework.mock.web.MockHttpServletResponse response) throws Exception {
		return new CalendarBuilder().build(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)));
	}

	private static VEvent single(Calendar calendar) {
		assertThat(calendar.validate().hasErrors()).as("valid iCalendar: %s", calendar.validate()).isFalse();
		assertThat(calendar.getComponents(VEvent.VEVENT)).hasSize(1);
		return (VEvent) calendar.getComponent(VEvent.VEVENT).orElseThrow();
	}

	private static String value(Optional<? extends Property> property) {
		return property.orElseThrow().getValue();
	}

	private static Instant start(VEvent vevent) {
		Temporal start = vevent.getDateTimeStart().getDate();
		return start instanceof ZonedDateTime zoned ? zoned.toInstant() : Instant.from(start);
	}
}
