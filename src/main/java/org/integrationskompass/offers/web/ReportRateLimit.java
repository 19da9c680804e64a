package org.integrationskompass.offers.web;

import org.integrationskompass.shared.web.AddressRateLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** At most a few "outdated information" reports per hour from one network address. */
@Component
class ReportRateLimit extends AddressRateLimit {

	ReportRateLimit(@Value("${platform.offers.reports-per-hour:5}") int perHour) {
		super(perHour);
	}
}
