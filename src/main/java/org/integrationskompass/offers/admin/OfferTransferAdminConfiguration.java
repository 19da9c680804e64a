package org.integrationskompass.offers.admin;

import org.integrationskompass.shared.web.AdminSection;
import org.integrationskompass.shared.web.FormRecovery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** CSV import and CSV/XLSX export of offers in the back office. */
@Configuration(proxyBeanMethods = false)
class OfferTransferAdminConfiguration {

	/** Just before Spring Security, which would otherwise read (and fail on) the oversized body first. */
	static final int UPLOAD_LIMIT_ORDER = -101;

	@Bean
	AdminSection offerTransferAdminSection() {
		return new AdminSection("offers.import.section.title", "offers.import.section.description",
				OfferImportAdminController.PATH, "EDITOR", 310);
	}

	@Bean
	FormRecovery offerImportFormRecovery() {
		return new FormRecovery(OfferImportAdminController.PATH, OfferImportAdminController.RECOVERY_PATH);
	}

	@Bean
	FilterRegistrationBean<ImportUploadLimit> offerImportUploadLimit(
			@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize limit) {
		var registration = new FilterRegistrationBean<>(new ImportUploadLimit(limit));
		registration.setOrder(UPLOAD_LIMIT_ORDER);
		return registration;
	}
}
