package org.integrationskompass.site.admin;

import java.util.Set;
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

	@Bean
	AdminSection pagesAdminSection() {
		return new AdminSection("site.admin.pages.section.title", "site.admin.pages.section.description",
				PageAdminController.LIST, Set.of("EDITOR"), 90);
	}

	@Bean
	AdminSection linksAdminSection() {
		return new AdminSection("site.admin.links.section.title", "site.admin.links.section.description",
				LinkAdminController.LIST, Set.of("EDITOR"), 95);
	}
}
