package org.integrationskompass.events.web;

import org.integrationskompass.shared.web.FormRecovery;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A registration form left open past its token's lifetime (or across a restart) keeps what was typed. */
@Configuration(proxyBeanMethods = false)
class RegistrationFormRecovery {

	@Bean
	FormRecovery registrationFormRecoveryPath() {
		return new FormRecovery(RegistrationController.FORM, RegistrationController.RECOVERY);
	}
}
