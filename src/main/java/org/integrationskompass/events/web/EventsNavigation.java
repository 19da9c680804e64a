package org.integrationskompass.events.web;

import org.integrationskompass.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EventsNavigation {

	@Bean
	NavigationItem eventCalendarNavigationItem() {
		return new NavigationItem("events.nav", "/veranstaltungen", 20);
	}
}
