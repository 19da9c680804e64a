package org.integrationskompass.events.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.integrationskompass.events.MutableClock;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registering, the waiting list and the capacity, on the real database (H2, and PostgreSQL in CI), with many
 * registrations at once where it matters.
 */
@SpringBootTest(properties = "platform.events.offer-hold=PT48H")
class RegistrationServiceTests {

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	@Autowired
	RegistrationService service;

	@Autowired
	EventRepository events;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	MutableClock clock;

	@Autowired
	RegistrationRetention retention;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void confirmsWhileSeatsAreFreeAndPutsTheRestOnTheWaitingListInOrderOfArrival() {
		var event = publishedEvent(3, 2);

		var first = service.register(event, request("Amal", 2));
		var second = service.register(event, request("Bogdan", 2));
		var third = service.register(event, request("Ceren", 1));

		assertThat(first.confirmed()).isTrue();
		assertThat(second.confirmed()).as("two seats do not fit into the one left").isFalse();
		assertThat(third.confirmed()).as("the one seat left fits the next registration").isTrue();
		assertThat(registrations.findByEventAndStatus(event, RegistrationStatus.WAITING))
			.extracting(Registration::name).containsExactly("Bogdan");
		assertThat(events.freeSeats(event)).isZero();
	}

	@Test
	void rejectsSeatsOutOfRangeAndRegistrationsWhenClosedWithoutStoringAnything() {
		var event = publishedEvent(10, 3);
		var before = registrations.count();

		assertThatThrownBy(() -> service.register(event, request("Zero", 0))).isInstanceOfSatisfying(
				RegistrationRejected.class, e -> assertThat(e.reason()).isEqualTo(RegistrationRejected.Reason.SEATS_OUT_OF_RANGE));
		assertThatThrownBy(() -> service.register(event, request("Negative", -2)))
			.isInstanceOf(RegistrationRejected.class);
		assertThatThrownBy(() -> service.register(event, request("Too many", 4)))
			.isInstanceOf(RegistrationRejected.class);
		clock.set(NOW.plus(Duration.ofDays(60)));
		try {
			assertThatThrownBy(() -> service.register(event, request("Late", 1))).isInstanceOfSatisfying(
					RegistrationRejected.class, e -> assertThat(e.reason()).isEqualTo(RegistrationRejected.Reason.CLOSED));
		}
		finally {
			clock.set(NOW);
		}
		assertThatThrownBy(() -> service.register(UUID.randomUUID(), request("Nowhere", 1)))
			.isInstanceOf(RegistrationRejected.class);

		assertThat(registrations.count()).isEqualTo(before);
		assertThat(events.freeSeats(event)).isEqualTo(10);
	}

	@Test
	void offersFreedSeatsToTheFirstWaitingEntryThatFitsAndHoldsThemUntilItConfirms() {
		var event = publishedEvent(2, 2);
		var amal = service.register(event, request("Amal", 2));
		var family = service.register(event, request("Family", 2));
		var single = service.register(event, request("Single", 1));

		service.cancel(amal.manageToken());

		assertThat(status(family)).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(status(single)).as("the first entry fitted; nothing left for the second").isEqualTo(RegistrationStatus.WAITING);
		assertThat(events.freeSeats(event)).as("offered seats are held").isZero();
		assertThat(service.register(event, request("Newcomer", 1)).confirmed()).as("a newcomer cannot take them")
			.isFalse();

		assertThat(service.acceptOffer(family.manageToken())).isPresent();
		assertThat(status(family)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(service.acceptOffer(single.manageToken())).as("no offer to accept").isEmpty();
		assertThat(status(single)).isEqualTo(RegistrationStatus.WAITING);
	}

	@Test
	void passesAnOfferThatWasNotTakenUpInTimeToTheNextEntry() {
		var event = publishedEvent(1, 1);
		var amal = service.register(event, request("Amal", 1));
		var bogdan = service.register(event, request("Bogdan", 1));
		var ceren = service.register(event, request("Ceren", 1));
		service.cancel(amal.manageToken());
		assertThat(status(bogdan)).isEqualTo(RegistrationStatus.OFFERED);

		clock.set(NOW.plus(Duration.ofHours(47)));
		try {
			assertThat(service.expireOffers()).as("the offer still lasts").isZero();
			clock.set(NOW.plus(Duration.ofHours(49)));
			assertThat(service.expireOffers()).isEqualTo(1);
			assertThat(service.acceptOffer(bogdan.manageToken())).as("too late").isEmpty();
		}
		finally {
			clock.set(NOW);
		}

		assertThat(status(bogdan)).isEqualTo(RegistrationStatus.EXPIRED);
		assertThat(status(ceren)).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(events.freeSeats(event)).isZero();
	}

	@Test
	void ignoresATamperedOrReplayedManageLink() {
		var event = publishedEvent(1, 1);
		var amal = service.register(event, request("Amal", 1));
		var tampered = amal.manageToken().substring(1) + "x";

		assertThat(service.cancel(tampered)).isEmpty();
		assertThat(service.cancel("")).isEmpty();
		assertThat(status(amal)).isEqualTo(RegistrationStatus.CONFIRMED);

		assertThat(service.cancel(amal.manageToken())).isPresent();
		assertThat(service.cancel(amal.manageToken())).as("replayed: already cancelled, nothing changes").isPresent();
		assertThat(status(amal)).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(events.freeSeats(event)).isEqualTo(1);
	}

	@Test
	void neverOverbooksWhenTwoHundredPeopleRegisterAtOnceForTwentySeats() throws Exception {
		var event = publishedEvent(20, 1);
		var start = new CountDownLatch(1);
		var tasks = new ArrayList<Callable<RegistrationService.Registered>>();
		for (int i = 0; i < 200; i++) {
			var name = "Person " + i;
			tasks.add(() -> {
				start.await();
				return service.register(event, request(name, 1));
			});
		}
		var results = Collections.synchronizedList(new ArrayList<RegistrationService.Registered>());
		var pool = Executors.newFixedThreadPool(50);
		try {
			var futures = new ArrayList<Future<RegistrationService.Registered>>();
			for (var task : tasks) {
				futures.add(pool.submit(task));
			}
			start.countDown();
			for (var future : futures) {
				results.add(future.get()); // an error in any registration fails the test
			}
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(results).filteredOn(RegistrationService.Registered::confirmed).hasSize(20);
		assertThat(events.freeSeats(event)).isZero();
		List<Registration> waiting = registrations.findByEventAndStatus(event, RegistrationStatus.WAITING);
		assertThat(waiting).hasSize(180);
		assertThat(results).extracting(registered -> registered.registration().position()).doesNotHaveDuplicates();
		assertThat(registrations.findByEventAndStatus(event, RegistrationStatus.CONFIRMED)).hasSize(20);
		assertThat(registrations.seatsHeld(event)).as("the event's count matches its registrations").isEqualTo(20);

		var firstInLine = waiting.stream().mapToLong(Registration::position).min().orElseThrow();
		service.cancel(results.stream().filter(RegistrationService.Registered::confirmed).findFirst().orElseThrow()
			.manageToken());
		assertThat(registrations.findByEventAndStatus(event, RegistrationStatus.OFFERED))
			.as("the freed seat goes to whoever came first").singleElement()
			.extracting(Registration::position).isEqualTo(firstInLine);
	}

	@Test
	void removesPersonalDataNinetyDaysAfterTheEventAndKeepsTheSeatsForStatistics() {
		var event = publishedEvent(5, 2);
		var amal = service.register(event, new RegistrationRequest(2, "Amal", "amal@example.org", "Verein",
				"Rollstuhlplatz", "Ich bin einverstanden.", "de"));
		var ended = NOW.plus(Duration.ofDays(30)).plus(Duration.ofHours(3));

		clock.set(ended.plus(Duration.ofDays(89)));
		try {
			retention.anonymiseOldRegistrations();
			assertThat(registrations.findById(amal.registration().id()).orElseThrow().email())
				.isEqualTo("amal@example.org");

			clock.set(ended.plus(Duration.ofDays(91)));
			assertThat(retention.anonymiseOldRegistrations()).isPositive();
			assertThat(retention.anonymiseOldRegistrations()).as("done once").isZero();
		}
		finally {
			clock.set(NOW);
		}

		var kept = registrations.findById(amal.registration().id()).orElseThrow();
		assertThat(kept.name()).isEmpty();
		assertThat(kept.email()).isEmpty();
		assertThat(kept.organisation()).isNull();
		assertThat(kept.needs()).isNull();
		assertThat(kept.seats()).isEqualTo(2);
		assertThat(kept.status()).isEqualTo(RegistrationStatus.CONFIRMED);
	}

	private RegistrationStatus status(RegistrationService.Registered registered) {
		return registrations.findById(registered.registration().id()).orElseThrow().status();
	}

	private UUID publishedEvent(int capacity, int maxSeats) {
		return transactions.execute(status -> {
			var event = new Event("event-" + UUID.randomUUID(), LocalizedText.german("Vernetzungstreffen"),
					EventType.NETWORKING, EventCategory.SHARED, NOW.plus(Duration.ofDays(30)),
					NOW.plus(Duration.ofDays(30)).plus(Duration.ofHours(3)), capacity, NOW);
			event.maxSeatsPerRegistration(maxSeats);
			event.publish(NOW);
			return events.save(event).id();
		});
	}

	private static RegistrationRequest request(String name, int seats) {
		return new RegistrationRequest(seats, name, name.toLowerCase().replace(' ', '.') + "@example.org", null, null,
				"Ich bin einverstanden.", "de");
	}

	@TestConfiguration
	static class Clocks {

		/** Takes the place of the application's system clock in this test's context. */
		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(NOW);
		}
	}
}
