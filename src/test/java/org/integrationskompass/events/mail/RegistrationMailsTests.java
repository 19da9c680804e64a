package org.integrationskompass.events.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.integrationskompass.events.MutableClock;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventCategory;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventType;
import org.integrationskompass.events.domain.Registration;
import org.integrationskompass.events.domain.RegistrationMail;
import org.integrationskompass.events.domain.RegistrationMailRepository;
import org.integrationskompass.events.domain.RegistrationRepository;
import org.integrationskompass.events.domain.RegistrationRequest;
import org.integrationskompass.events.domain.RegistrationService;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The events outbox against a real SMTP server (GreenMail): no mail is lost while the server is down, none goes
 * out twice, and a rush of registrations is sent in batches over shared connections without dropping anyone.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025", "platform.demo.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:events-mails;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class RegistrationMailsTests {

	private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	RegistrationService service;

	@Autowired
	RegistrationMails outbox;

	@Autowired
	RegistrationMailRepository mails;

	@Autowired
	EventRepository events;

	@Autowired
	RegistrationRepository registrations;

	@Autowired
	MutableClock clock;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void startOfTheDay() {
		clock.set(NOW);
	}

	@Test
	void keepsTheMailsWhileTheMailServerIsDownAndSendsEachOnceWhenItIsBack() throws Exception {
		var event = publishedEvent(2);
		greenMail.stop();

		var people = List.of("Amal Haddad", "Bogdan Kowalenko", "Ceren Yılmaz");
		people.forEach(name -> service.register(event, request(name)));

		awaitAll(() -> pendingFor(people).stream().filter(mail -> mail.lastError() != null).count() == people.size(),
				"every mail failed once and is kept with the reason");
		assertThat(pendingFor(people)).hasSize(3).allSatisfy(mail -> assertThat(mail.attempts()).isEqualTo(1));

		greenMail.start();
		clock.set(NOW.plus(RegistrationMails.RETRY_AFTER).plusSeconds(1));
		outbox.sendPending();
		outbox.sendPending();

		assertThat(pendingFor(people)).as("the outbox is empty").isEmpty();
		assertThat(recipients()).containsExactlyInAnyOrderElementsOf(people.stream().map(RegistrationMailsTests::address).toList());
	}

	@Test
	void sendsEveryMailOfARushExactlyOnce() throws Exception {
		var people = 3 * RegistrationMails.BATCH_PER_CONNECTION + 7;
		var event = publishedEvent(people / 2);
		var names = new ArrayList<String>();
		for (var i = 0; i < people; i++) {
			names.add("Person " + i + " " + UUID.randomUUID().toString().substring(0, 8));
		}

		var pool = Executors.newFixedThreadPool(16);
		try {
			var tasks = names.stream().<Callable<Object>>map(name -> () -> service.register(event, request(name))).toList();
			for (var done : pool.invokeAll(tasks)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}

		awaitAll(() -> pendingFor(names).isEmpty(), "the outbox of the rush empties by itself");
		var expected = names.stream().map(RegistrationMailsTests::address).toList();
		assertThat(recipients()).filteredOn(expected::contains).containsExactlyInAnyOrderElementsOf(expected);
	}

	private List<RegistrationMail> pendingFor(List<String> names) {
		return transactions.execute(status -> {
			var addresses = names.stream().map(RegistrationMailsTests::address).toList();
			return mails.findAll().stream().filter(mail -> addresses.contains(addressOf(mail))).toList();
		});
	}

	private String addressOf(RegistrationMail mail) {
		return registrations.findById(mail.registrationId()).map(Registration::email).orElse("");
	}

	private static List<String> recipients() {
		return Arrays.stream(greenMail.getReceivedMessages()).flatMap(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).map(Address::toString);
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private static void awaitAll(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
		var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as(what).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private UUID publishedEvent(int capacity) {
		return transactions.execute(status -> {
			var event = new Event("event-" + UUID.randomUUID(), LocalizedText.german("Fortbildung"), EventType.WORKSHOP,
					EventCategory.SHARED, NOW.plus(Duration.ofDays(30)),
					NOW.plus(Duration.ofDays(30)).plus(Duration.ofHours(3)), capacity, NOW);
			event.publish(NOW);
			return events.save(event).id();
		});
	}

	private static String address(String name) {
		return name.toLowerCase().replace("ı", "i").replace(' ', '.') + "@example.org";
	}

	private static RegistrationRequest request(String name) {
		return new RegistrationRequest(1, name, address(name), null, null, "Ich bin einverstanden.", "de");
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(NOW);
		}
	}
}
