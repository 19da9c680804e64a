package org.integrationskompass.events.web;

import org.integrationskompass.shared.web.AddressRateLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most a number of registration attempts per hour from one network address, so that a script cannot fill an
 * event with invented names. Generous by default: a counselling centre may register several families from one office.
 */
@Component
class RegistrationRateLimit extends AddressRateLimit {

	RegistrationRateLimit(@Value("${platform.events.registrations-per-hour:30}") int perHour) {
		super(perHour);
	}
}
