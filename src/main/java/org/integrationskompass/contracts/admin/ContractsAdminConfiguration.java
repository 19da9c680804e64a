package org.integrationskompass.contracts.admin;

import java.util.Set;
import org.integrationskompass.shared.web.AdminSection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class ContractsAdminConfiguration {

	/** Just before Spring Security, which would otherwise read (and fail on) the oversized body first. */
	static final int UPLOAD_LIMIT_ORDER = -101;

	@Bean
	AdminSection contractsAdminSection() {
		return new AdminSection("contracts.admin.section.title", "contracts.admin.section.description",
				ContractAdminController.LIST, Set.of("EDITOR"), 320);
	}

	@Bean
	FilterRegistrationBean<DocumentUploadLimit> contractDocumentUploadLimit(
			@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize limit) {
		var registration = new FilterRegistrationBean<>(new DocumentUploadLimit(limit));
		registration.setOrder(UPLOAD_LIMIT_ORDER);
		return registration;
	}
}
