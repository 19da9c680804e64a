package org.integrationskompass.accounts.admin;

import org.integrationskompass.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccountsAdminConfiguration {

	@Bean
	AdminSection accountsAdminSection() {
		return new AdminSection("accounts.admin.section.title", "accounts.admin.section.description", "/admin/konten",
				"ADMIN", 900);
	}
}
