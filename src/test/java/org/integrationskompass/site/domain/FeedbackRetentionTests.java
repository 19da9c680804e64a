package org.integrationskompass.site.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.integrationskompass.site.SiteIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Feedback is personal data and is deleted after the retention period the privacy statement names. */
@SiteIntegrationTest
class FeedbackRetentionTests {

	@Autowired
	FeedbackService service;

	@Autowired
	AccessibilityFeedbackRepository feedback;

	@Test
	void keepsFeedbackForOneHundredAndEightyDaysByDefault() {
		assertThat(service.retention()).isEqualTo(Duration.ofDays(180));
	}

	@Test
	void deletesFeedbackOlderThanTheRetentionPeriod() {
		var now = Instant.now();
		var old = feedback.save(new AccessibilityFeedback("Alt", null, null, null, "de", now.minus(Duration.ofDays(181))));
		var recent = feedback.save(new AccessibilityFeedback("Neu", null, null, null, "de", now.minus(Duration.ofDays(179))));

		service.deleteExpired();

		assertThat(feedback.findById(old.id())).isEmpty();
		assertThat(feedback.findById(recent.id())).isPresent();
	}
}
