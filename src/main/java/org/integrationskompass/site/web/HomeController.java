package org.integrationskompass.site.web;

import org.integrationskompass.site.domain.HighlightRepository;
import java.util.Locale;
import org.integrationskompass.news.NewsFeed;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: entry points in Leichte Sprache and sign language first (BITV 2.0 § 4), then the highlights and
 * the latest news.
 */
@Controller
class HomeController {

	private static final int LATEST_NEWS = 3;

	private final HighlightRepository highlights;

	private final NewsFeed news;

	HomeController(HighlightRepository highlights, NewsFeed news) {
		this.highlights = highlights;
		this.news = news;
	}

	@GetMapping("/")
	@Transactional(readOnly = true)
	String home(Locale locale, Model model) {
		model.addAttribute("highlights", highlights.findAllByOrderByPositionAscIdAsc().stream()
			.map(h -> new HighlightCard(h.title(), h.teaser(), h.linkPath().orElse(null)))
			.toList());
		model.addAttribute("news", news.findLatest(LATEST_NEWS, locale).stream().map(NewsCard::of).toList());
		return "site/home";
	}
}
