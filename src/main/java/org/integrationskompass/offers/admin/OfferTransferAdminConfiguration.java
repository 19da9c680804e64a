package org.integrationskompass.offers.admin;

import org.integrationskompass.shared.web.AdminSection;
import org.integrationskompass.shared.web.UploadLimit;
import org.integrationskompass.shared.web.FormRecovery;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** CSV import and CSV/XLSX export of offers in the back office. */
@Configuration(proxyBeanMethods = false)
class OfferTransferAdminConfiguration {

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
	UploadLimit offerImportUploadLimit(@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize limit) {
		return new UploadLimit(OfferImportAdminController.PATH,
				OfferImportAdminController.PATH + "?" + OfferImportAdminController.TOO_LARGE, limit.toBytes());
	}
}
