package org.integrationskompass.contracts.admin;

import java.util.Set;
import org.integrationskompass.shared.web.AdminSection;
import org.integrationskompass.shared.web.UploadLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class ContractsAdminConfiguration {

	@Bean
	AdminSection contractsAdminSection() {
		return new AdminSection("contracts.admin.section.title", "contracts.admin.section.description",
				ContractAdminController.LIST, Set.of("EDITOR"), 320);
	}

	@Bean
	UploadLimit contractDocumentUploadLimit(@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize limit) {
		var upload = ContractAdminController.LIST + "/{id:[0-9a-fA-F-]{36}}/dokumente/neu";
		return new UploadLimit(upload, ContractAdminController.LIST + "/{id}/dokumente/neu?" + ContractAdminController.TOO_LARGE,
				limit.toBytes());
	}
}
