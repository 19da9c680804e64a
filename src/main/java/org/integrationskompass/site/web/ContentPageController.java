package org.integrationskompass.site.web;

import java.util.Arrays;
import java.util.Locale;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.site.domain.PageTree;
import org.integrationskompass.site.domain.PublicPages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The editable pages at {@code /seiten/<slug>/<slug>…}: only published pages under published parents. */
@Controller
class ContentPageController {

	private final PublicPages pages;

	ContentPageController(PublicPages pages) {
		this.pages = pages;
	}

	@GetMapping(PageTree.PATH_PREFIX + "/{*path}")
	String show(@PathVariable String path, Locale locale, Model model) {
		var slugs = Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).toList();
		var shown = pages.find(slugs).orElseThrow(() -> new NotFoundException("page " + path));
		model.addAttribute("page", ContentPage.of(shown.page(), shown.version(), shown.tree(), pages, locale));
		return "site/page";
	}
}
