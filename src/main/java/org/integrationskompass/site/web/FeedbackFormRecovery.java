package org.integrationskompass.site.web;

import org.integrationskompass.shared.web.FormRecovery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Someone who took a day to write their feedback keeps their text when the form's token has expired. */
@Configuration(proxyBeanMethods = false)
class FeedbackFormRecovery {

	@Bean
	FormRecovery accessibilityFeedbackRecovery() {
		return new FormRecovery(AccessibilityController.FORM_PATH, AccessibilityController.RECOVERY_PATH);
	}
}
