package org.integrationskompass.shared.web;

import java.util.List;

/**
 * Navigation entries that change at run time, such as the pages editors place in the menu. The page shell asks
 * every source on every page, so an implementation answers from memory.
 */
public interface NavigationSource {

	List<NavigationItem> navigationItems();
}
