package org.integrationskompass.site.web;

import org.integrationskompass.site.domain.HighlightRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: entry points in Leichte Sprache and sign language first (BITV 2.0 § 4), then the highlights. */
@Controller
class HomeController {

	private final HighlightRepository highlights;

	HomeController(HighlightRepository highlights) {
		this.highlights = highlights;
	}

	@GetMapping("/")
	@Transactional(readOnly = true)
	String home(Model model) {
		model.addAttribute("highlights", highlights.findAllByOrderByPositionAscIdAsc().stream()
			.map(h -> new HighlightCard(h.title(), h.teaser(), h.linkPath().orElse(null)))
			.toList());
		return "site/home";
	}
}
