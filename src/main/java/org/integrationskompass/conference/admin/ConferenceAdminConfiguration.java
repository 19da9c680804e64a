package org.integrationskompass.conference.admin;

import java.util.Set;
import org.integrationskompass.shared.web.AdminSection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class ConferenceAdminConfiguration {

	/** Before Spring Security (-100), which would otherwise read the body for the CSRF token. */
	static final int UPLOAD_LIMIT_ORDER = -101;

	@Bean
	AdminSection conferenceAdminSection() {
		return new AdminSection("conference.admin.section.title", "conference.admin.section.description",
				ConferenceAdminController.ADMIN, Set.of("EDITOR"), 360);
	}

	@Bean
	DocumentLimit conferenceDocumentLimit(@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize multipart) {
		return DocumentLimit.of(multipart);
	}

	@Bean
	FilterRegistrationBean<DocumentUploadLimit> conferenceDocumentUploadLimit(DocumentLimit limit) {
		var registration = new FilterRegistrationBean<>(new DocumentUploadLimit(limit));
		registration.setOrder(UPLOAD_LIMIT_ORDER);
		return registration;
	}
}
