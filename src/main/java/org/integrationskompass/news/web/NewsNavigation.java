package org.integrationskompass.news.web;

import org.integrationskompass.news.NewsFeed;
import org.integrationskompass.shared.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NewsNavigation {

	@Bean
	NavigationItem newsNavigationItem() {
		return new NavigationItem("news.nav", NewsFeed.PATH, 50);
	}
}
