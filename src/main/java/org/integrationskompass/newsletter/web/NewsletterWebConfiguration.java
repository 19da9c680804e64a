package org.integrationskompass.newsletter.web;

import org.integrationskompass.shared.web.FormRecovery;
import org.integrationskompass.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NewsletterWebConfiguration {

	@Bean
	NavigationItem newsletterNavigationItem() {
		return new NavigationItem("newsletter.nav", SubscriptionController.PAGE, 70);
	}

	@Bean
	FormRecovery newsletterSubscribeRecovery() {
		return new FormRecovery(SubscriptionController.PAGE, SubscriptionController.RECOVERY);
	}
}
