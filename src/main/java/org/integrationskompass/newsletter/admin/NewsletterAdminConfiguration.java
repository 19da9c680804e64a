package org.integrationskompass.newsletter.admin;

import java.util.Set;
import org.integrationskompass.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NewsletterAdminConfiguration {

	@Bean
	AdminSection newsletterAdminSection() {
		return new AdminSection("newsletter.admin.section.title", "newsletter.admin.section.description",
				IssueAdminController.LIST, Set.of("EDITOR"), 360);
	}
}
