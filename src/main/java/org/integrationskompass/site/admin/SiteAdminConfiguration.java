package org.integrationskompass.site.admin;

import org.integrationskompass.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SiteAdminConfiguration {

	@Bean
	AdminSection feedbackAdminSection() {
		return new AdminSection("site.admin.feedback.section.title", "site.admin.feedback.section.description",
				"/admin/rueckmeldungen", "EDITOR", 100);
	}
}
