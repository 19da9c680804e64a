package org.integrationskompass.news.admin;

import java.util.Set;
import org.integrationskompass.shared.web.AdminSection;
import org.integrationskompass.shared.web.FormRecovery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NewsAdminConfiguration {

	@Bean
	AdminSection newsAdminSection() {
		return new AdminSection("news.admin.section.title", "news.admin.section.description",
				ArticleAdminController.LIST, Set.of("EDITOR"), 350);
	}

	/** Long article texts must survive an expired form token: the form comes back filled in. */
	@Bean
	FormRecovery newArticleFormRecovery() {
		return new FormRecovery(ArticleAdminController.LIST + "/neu",
				ArticleAdminController.LIST + "/neu/" + ArticleAdminController.RECOVERY);
	}

	@Bean
	FormRecovery articleFormRecovery() {
		return new FormRecovery(ArticleAdminController.LIST + "/{id:[0-9a-fA-F-]{36}}",
				ArticleAdminController.LIST + "/{id}/" + ArticleAdminController.RECOVERY);
	}
}
