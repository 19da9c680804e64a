package org.integrationskompass.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.UUID;
import org.integrationskompass.Application;
import org.integrationskompass.TestDatabase;
import org.integrationskompass.newsletter.domain.IssueEditing;
import org.integrationskompass.newsletter.domain.IssueSending;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sending survives the application going away: the context is closed while an issue is half sent, the position of
 * the last batch in flight is lost as if the process had died between the SMTP server's acceptance and the commit,
 * and a new context (another instance, once the dead one's lease expired) resumes. Every subscriber gets the issue;
 * only the subscribers of that one batch get it twice.
 */
class SendingResumesAfterACrashTests {

	static final int SUBSCRIBERS = 60;

	static final int BATCH = 5;

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(new ServerSetup(3029, "127.0.0.1", "smtp"));

	@Test
	void resumesAfterTheContextWasClosedMidwayAndResendsAtMostTheBatchInFlight() {
		var database = "crash" + UUID.randomUUID().toString().substring(0, 8);
		long issueId;
		try (var first = start(database, "PT1S")) {
			var jdbc = first.getBean(JdbcTemplate.class);
			for (var i = 1; i <= SUBSCRIBERS; i++) {
				jdbc.update("INSERT INTO newsletter_subscription (email, language, status, consent_text, consent_version,"
						+ " requested_at, confirmed_at, unsubscribe_token) VALUES (?, 'de', 'ACTIVE', 'Ja', 'test', ?, ?, ?)",
						"reader" + i + "@example.org", Timestamp.from(Instant.now()), Timestamp.from(Instant.now()),
						String.format("%043d", i));
			}
			issueId = NewsletterFixtures.issue(first.getBean(IssueEditing.class), 7, "Ausgabe im Absturz", "Crash issue")
				.id();
			first.getBean(IssueSending.class).start(issueId);
			await().atMost(Duration.ofSeconds(60)).until(() -> greenMail.getReceivedMessages().length >= 15);
		}
		var whenClosed = greenMail.getReceivedMessages().length;
		assertThat(whenClosed).as("closed mid-way").isLessThan(SUBSCRIBERS);

		try (var second = start(database, "PT6S")) {
			var jdbc = second.getBean(JdbcTemplate.class);
			var position = jdbc.queryForObject("SELECT last_subscriber_id FROM newsletter_send_run WHERE issue_id = ?",
					Long.class, issueId);
			assertThat(position).as("the position was saved with the last batch").isPositive();
			// The process "died" after the SMTP server took the last batch and before the commit: the position
			// is one batch behind and a dead instance's lease is still running.
			jdbc.update("UPDATE newsletter_send_run SET last_subscriber_id = ?, sent = sent - ?, lease_owner = 'dead',"
					+ " lease_until = ? WHERE issue_id = ?", position - BATCH, BATCH,
					Timestamp.from(Instant.now().plusSeconds(2)), issueId);
			var sending = second.getBean(IssueSending.class);
			await().atMost(Duration.ofSeconds(60)).until(() -> sending.run(issueId).orElseThrow().done());
			assertThat(sending.run(issueId).orElseThrow().sent()).isEqualTo(SUBSCRIBERS);
		}

		var copies = new HashMap<String, Integer>();
		for (var message : greenMail.getReceivedMessages()) {
			try {
				Arrays.stream(message.getAllRecipients()).forEach(r -> copies.merge(r.toString(), 1, Integer::sum));
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}
		assertThat(copies).as("nobody is left out").hasSize(SUBSCRIBERS);
		assertThat(copies.values()).allSatisfy(n -> assertThat(n).isBetween(1, 2));
		assertThat(copies.values().stream().filter(n -> n == 2).count())
			.as("only the batch in flight is sent twice").isEqualTo(BATCH);
	}

	/** @param resumeAfter when the job first looks for runs to resume (the test rewinds the position before) */
	private static ConfigurableApplicationContext start(String database, String resumeAfter) {
		// command-line arguments, so that they win over application.properties
		return new SpringApplicationBuilder(Application.class).run("--" + TestDatabase.SHARED_DATABASE + "=" + database,
				"--server.port=0", "--spring.mail.host=127.0.0.1", "--spring.mail.port=3029",
				"--platform.demo.enabled=false", "--platform.newsletter.batch-size=" + BATCH,
				"--platform.newsletter.messages-per-second=20", "--platform.newsletter.lease=PT3S",
				"--platform.newsletter.send-check=PT0.5S", "--platform.newsletter.send-initial-delay=" + resumeAfter,
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap");
	}
}
