package org.integrationskompass.site.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param feedbackRetention how long accessibility feedback (personal data: message, name, address) is kept
 * before it is deleted; the privacy statement names this period, so change both together
 */
@ConfigurationProperties("platform.site")
record FeedbackSettings(@DefaultValue("P180D") Duration feedbackRetention) {

	FeedbackSettings {
		if (feedbackRetention.isNegative() || feedbackRetention.isZero()) {
			throw new IllegalArgumentException("platform.site.feedback-retention must be positive");
		}
	}
}
