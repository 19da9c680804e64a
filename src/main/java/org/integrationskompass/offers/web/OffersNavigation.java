package org.integrationskompass.offers.web;

import org.integrationskompass.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OffersNavigation {

	@Bean
	NavigationItem offerSearchNavigationItem() {
		return new NavigationItem("offers.nav", "/angebote", 10);
	}
}
