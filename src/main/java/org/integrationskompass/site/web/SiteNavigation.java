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

	/** The link collection sits in the footer: the header keeps the portal's main tasks. */
	@Bean
	NavigationItem linksNavigation() {
		return new NavigationItem("site.links.nav", LinkController.LINKS, 10, null, NavigationItem.Area.FOOTER);
	}
}
