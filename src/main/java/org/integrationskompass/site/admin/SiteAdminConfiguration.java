package org.integrationskompass.site.admin;

import java.util.Set;
import org.integrationskompass.shared.web.AdminSection;
import org.integrationskompass.shared.web.FormRecovery;
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

	/** Long page texts must survive an expired form token: the form comes back filled in. */
	@Bean
	FormRecovery newPageFormRecovery() {
		return new FormRecovery(PageAdminController.LIST + "/neu", PageAdminController.LIST + "/neu/" + PageAdminController.RECOVERY);
	}

	@Bean
	FormRecovery pageFormRecovery() {
		return new FormRecovery(PageAdminController.LIST + "/{id:[0-9a-fA-F-]{36}}",
				PageAdminController.LIST + "/{id}/" + PageAdminController.RECOVERY);
	}
}
