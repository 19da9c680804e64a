package org.integrationskompass.plan.web;

import org.integrationskompass.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlanNavigation {

	/** After the calendar (20), before the directory of organisations (30). */
	@Bean
	NavigationItem integrationPlanNavigationItem() {
		return new NavigationItem("plan.nav", PlanController.PLAN, 25);
	}
}
