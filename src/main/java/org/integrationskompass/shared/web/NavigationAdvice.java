package org.integrationskompass.shared.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the public navigation, contributed by the modules as {@link NavigationItem} beans, on every page. */
@ControllerAdvice
class NavigationAdvice {

	private final List<NavigationItem> items;

	NavigationAdvice(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		return items;
	}
}
