package org.integrationskompass.audit.admin;

import org.integrationskompass.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditAdminConfiguration {

	@Bean
	AdminSection auditAdminSection() {
		return new AdminSection("audit.admin.section.title", "audit.admin.section.description",
				AuditAdminController.LIST, "ADMIN", 200);
	}
}
