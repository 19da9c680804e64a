package org.integrationskompass.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the public navigation on every page: the entries the modules contribute as {@link NavigationItem} beans and
 * those their {@link NavigationSource}s know at the moment, split into the header's main navigation and the footer.
 */
@ControllerAdvice
class NavigationAdvice {

	private final List<NavigationItem> items;

	private final ObjectProvider<NavigationSource> sources;

	NavigationAdvice(List<NavigationItem> items, ObjectProvider<NavigationSource> sources) {
		this.items = List.copyOf(items);
		this.sources = sources;
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		return in(NavigationItem.Area.MAIN);
	}

	@ModelAttribute("footerNavigation")
	List<NavigationItem> footerNavigation() {
		return in(NavigationItem.Area.FOOTER);
	}

	private List<NavigationItem> in(NavigationItem.Area area) {
		return Stream.concat(items.stream(), sources.orderedStream().flatMap(source -> source.navigationItems().stream()))
			.filter(item -> item.area() == area)
			.sorted(Comparator.comparingInt(NavigationItem::order))
			.toList();
	}
}
