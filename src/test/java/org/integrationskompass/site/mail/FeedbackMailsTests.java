package org.integrationskompass.site.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.integrationskompass.site.FeedbackForms;
import org.integrationskompass.site.SiteIntegrationTest;
import org.integrationskompass.site.domain.AccessibilityFeedback;
import org.integrationskompass.site.domain.AccessibilityFeedbackRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Mails about feedback survive a mail server that is down, and no instance sends them twice. */
@SiteIntegrationTest
class FeedbackMailsTests {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	MockMvc mvc;

	@Autowired
	AccessibilityFeedbackRepository feedback;

	@Autowired
	FeedbackMails mails;

	@Test
	void keepsFeedbackAndRetriesLaterWhenTheMailServerIsDown() throws Exception {
		var text = "Formular ohne Beschriftung " + UUID.randomUUID();
		greenMail.stop();

		mvc.perform(post("/en/barrierefreiheit/rueckmeldung")
				.param("_csrf", FeedbackForms.csrfToken(mvc, "/en"))
				.param("message", text)
				.param("email", "patient@example.org"))
			.andExpect(status().isFound());

		var kept = stored(text);
		assertThat(kept.needsOfficeMail()).isTrue();
		assertThat(kept.needsSenderConfirmation()).isTrue();
		assertThat(kept.mailAttempts()).isEqualTo(1);
		assertThat(kept.lastMailError()).isPresent();

		greenMail.start();
		mails.retryPending();

		var delivered = stored(text);
		assertThat(subjects()).contains("Rückmeldung zur Barrierefreiheit Nr. " + kept.id(),
				"Your accessibility feedback has arrived (no. " + kept.id() + ")");
		assertThat(delivered.needsOfficeMail()).isFalse();
		assertThat(delivered.needsSenderConfirmation()).isFalse();
		assertThat(delivered.lastMailError()).isEmpty();
	}

	@Test
	void sendsEveryMailOnlyOnce() throws Exception {
		var id = feedback.save(new AccessibilityFeedback("Einmal zustellen " + UUID.randomUUID(), null, null,
				"once@example.org", "de", Instant.now())).id();

		assertThat(mails.deliver(id)).isTrue();
		mails.retryPending();
		assertThat(mails.deliver(id)).isFalse();

		assertThat(subjects()).filteredOn(subject -> subject.endsWith("Nr. " + id) || subject.endsWith("(Nr. " + id + ")"))
			.containsExactlyInAnyOrder("Rückmeldung zur Barrierefreiheit Nr. " + id,
					"Ihre Rückmeldung zur Barrierefreiheit ist angekommen (Nr. " + id + ")");
	}

	@Test
	void letsOnlyOneInstanceClaimAFeedback() {
		var id = feedback.save(new AccessibilityFeedback("Nur eine Instanz " + UUID.randomUUID(), null, null, null, "de",
				Instant.now())).id();
		var now = Instant.now();

		var first = feedback.claimForMail(id, now, now.plus(FeedbackMails.CLAIM));
		var second = feedback.claimForMail(id, now, now.plus(FeedbackMails.CLAIM));
		var afterExpiry = feedback.claimForMail(id, now.plus(FeedbackMails.CLAIM).plusSeconds(1),
				now.plus(FeedbackMails.CLAIM.multipliedBy(2)));

		assertThat(first).isEqualTo(1);
		assertThat(second).as("a second instance finds the row claimed").isZero();
		assertThat(afterExpiry).as("a crashed instance's claim runs out").isEqualTo(1);
		feedback.releaseMailClaim(id, null);
	}

	/** Other tests share the database and may leave pending mails that a retry sends too: look at subjects, not counts. */
	private static List<String> subjects() throws MessagingException {
		var subjects = new ArrayList<String>();
		for (var mail : greenMail.getReceivedMessages()) {
			subjects.add(mail.getSubject());
		}
		return subjects;
	}

	private AccessibilityFeedback stored(String message) {
		return feedback.findAll().stream()
			.filter(f -> f.message().equals(message))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No feedback stored with message " + message));
	}
}
