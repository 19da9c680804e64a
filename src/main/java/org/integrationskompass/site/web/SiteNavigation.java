package org.integrationskompass.site.web;

import org.integrationskompass.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SiteNavigation {

	@Bean
	NavigationItem homeNavigation() {
		return new NavigationItem("site.nav.home", "/", 0);
	}
}
