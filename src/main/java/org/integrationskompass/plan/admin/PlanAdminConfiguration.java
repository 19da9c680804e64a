package org.integrationskompass.plan.admin;

import java.util.Set;
import org.integrationskompass.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlanAdminConfiguration {

	@Bean
	AdminSection planAdminSection() {
		return new AdminSection("plan.admin.section.title", "plan.admin.section.description", PlanAdminController.PLAN,
				Set.of("EDITOR"), 350);
	}

	@Bean
	AdminSection planImportAdminSection() {
		return new AdminSection("plan.admin.import.section.title", "plan.admin.import.section.description",
				ValueImportAdminController.IMPORT, Set.of("EDITOR"), 351);
	}
}
