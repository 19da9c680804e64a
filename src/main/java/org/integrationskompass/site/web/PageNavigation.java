package org.integrationskompass.site.web;

import java.util.ArrayList;
import java.util.List;
import org.integrationskompass.shared.web.NavigationItem;
import org.integrationskompass.shared.web.NavigationSource;
import org.integrationskompass.site.domain.MenuPlacement;
import org.integrationskompass.site.domain.PublicPages;
import org.springframework.stereotype.Component;

/**
 * Published pages that editors placed in the main navigation (after the modules' entries) or in the footer (before
 * the legal pages); an unpublished page disappears from both at once.
 */
@Component
class PageNavigation implements NavigationSource {

	/** Module entries use 0–99; pages follow them in their menu order. */
	static final int MAIN_AFTER = 100;

	private final PublicPages pages;

	PageNavigation(PublicPages pages) {
		this.pages = pages;
	}

	@Override
	public List<NavigationItem> navigationItems() {
		var tree = pages.tree();
		var items = new ArrayList<NavigationItem>();
		for (var page : pages.inMenu(MenuPlacement.MAIN)) {
			items.add(NavigationItem.titled(page.publishedTitle(), tree.path(page.id()), MAIN_AFTER + page.menuOrder(),
					NavigationItem.Area.MAIN));
		}
		for (var page : pages.inMenu(MenuPlacement.FOOTER)) {
			items.add(NavigationItem.titled(page.publishedTitle(), tree.path(page.id()), MAIN_AFTER + page.menuOrder(),
					NavigationItem.Area.FOOTER));
		}
		return items;
	}
}
