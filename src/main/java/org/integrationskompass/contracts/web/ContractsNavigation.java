package org.integrationskompass.contracts.web;

import org.integrationskompass.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContractsNavigation {

	@Bean
	NavigationItem contractsNavigationItem() {
		return new NavigationItem("contracts.nav", ContractController.LIST, 40);
	}
}
