package org.integrationskompass.newsletter.web;

import org.integrationskompass.newsletter.domain.NewsletterSettings;
import org.integrationskompass.shared.web.AddressRateLimit;
import org.springframework.stereotype.Component;

/**
 * Subscription requests per hour, counted per network address and, separately, per email address: a script cannot
 * flood the list, and nobody can bury one address in confirmation mails.
 */
@Component
class SubscribeRateLimit {

	private final AddressRateLimit networks;

	private final AddressRateLimit addresses;

	SubscribeRateLimit(NewsletterSettings settings) {
		this.networks = new AddressRateLimit(settings.subscribesPerHour());
		this.addresses = new AddressRateLimit(Math.max(1, settings.subscribesPerHour() / 3));
	}

	boolean tryAcquire(String network, String email) {
		return networks.tryAcquire(network) && addresses.tryAcquire("mail:" + email);
	}
}
