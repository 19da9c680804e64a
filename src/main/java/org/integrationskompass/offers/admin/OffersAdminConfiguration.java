package org.integrationskompass.offers.admin;

import org.integrationskompass.shared.web.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OffersAdminConfiguration {

	@Bean
	AdminSection offersAdminSection() {
		return new AdminSection("offers.admin.section.offers.title", "offers.admin.section.offers.description",
				"/admin/angebote", "EDITOR", 30);
	}

	@Bean
	AdminSection offerReportsAdminSection() {
		return new AdminSection("offers.admin.section.reports.title", "offers.admin.section.reports.description",
				"/admin/angebote/meldungen", "EDITOR", 31);
	}

	@Bean
	AdminSection freshnessAdminSection() {
		return new AdminSection("offers.admin.section.freshness.title", "offers.admin.section.freshness.description",
				FreshnessAdminController.PATH, "EDITOR", 31);
	}

	@Bean
	AdminSection topicsAdminSection() {
		return new AdminSection("offers.admin.section.topics.title", "offers.admin.section.topics.description",
				"/admin/themen", "ADMIN", 32);
	}

	@Bean
	AdminSection targetGroupsAdminSection() {
		return new AdminSection("offers.admin.section.targetGroups.title",
				"offers.admin.section.targetGroups.description", "/admin/zielgruppen", "ADMIN", 33);
	}
}
