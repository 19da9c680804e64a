package org.integrationskompass.conference.admin;

import java.util.Set;
import org.integrationskompass.shared.web.AdminSection;
import org.integrationskompass.shared.web.UploadLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class ConferenceAdminConfiguration {

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
	UploadLimit conferenceDocumentUploadLimit(DocumentLimit limit) {
		var sessions = ConferenceAdminController.ADMIN + "/sitzungen/";
		return new UploadLimit(sessions + "{id:[0-9a-fA-F-]{36}}/dokumente",
				sessions + "{id}?" + ConferenceAdminController.TOO_LARGE + "#dokumente", limit.bytes());
	}
}
