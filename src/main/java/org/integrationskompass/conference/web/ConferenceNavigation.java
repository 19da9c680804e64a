package org.integrationskompass.conference.web;

import org.integrationskompass.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConferenceNavigation {

	/** After the directory of organisations (30); the plan and contracts take their own places. */
	@Bean
	NavigationItem conferenceNavigationItem() {
		return new NavigationItem("conference.nav", ConferenceController.CONFERENCE, 45);
	}
}
