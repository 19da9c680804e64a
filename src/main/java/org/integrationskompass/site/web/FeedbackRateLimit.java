package org.integrationskompass.site.web;

import org.integrationskompass.shared.web.AddressRateLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** At most a few accessibility feedback messages per hour from one network address. */
@Component
class FeedbackRateLimit extends AddressRateLimit {

	FeedbackRateLimit(@Value("${platform.site.feedback-per-hour:5}") int perHour) {
		super(perHour);
	}
}
