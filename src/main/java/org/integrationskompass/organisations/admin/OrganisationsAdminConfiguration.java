package org.integrationskompass.organisations.admin;

import java.util.Set;
import org.integrationskompass.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganisationsAdminConfiguration {

	@Bean
	AdminSection organisationsAdminSection() {
		return new AdminSection("organisations.admin.section.title", "organisations.admin.section.description",
				OrganisationAdminController.LIST, Set.of("EDITOR", "FACHSTELLE"), 200);
	}
}
