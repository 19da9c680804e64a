package org.integrationskompass.organisations.web;

import org.integrationskompass.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganisationsNavigation {

	@Bean
	NavigationItem organisationsNavigationItem() {
		return new NavigationItem("organisations.nav", OrganisationController.DIRECTORY, 30);
	}
}
