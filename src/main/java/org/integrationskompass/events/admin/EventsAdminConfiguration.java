package org.integrationskompass.events.admin;

import java.util.Set;
import org.integrationskompass.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EventsAdminConfiguration {

	@Bean
	AdminSection eventsAdminSection() {
		return new AdminSection("events.admin.section.title", "events.admin.section.description",
				EventAdminController.LIST, Set.of("EDITOR", "FACHSTELLE"), 300);
	}
}
