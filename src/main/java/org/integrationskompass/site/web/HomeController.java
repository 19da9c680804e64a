package org.integrationskompass.site.web;

import java.util.List;
import java.util.Locale;
import org.integrationskompass.news.NewsFeed;
import org.integrationskompass.shared.web.FeedLink;
import org.integrationskompass.site.domain.HighlightRepository;
import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	HomeController(HighlightRepository highlights, NewsFeed news, MessageSource messages) {
		this.messages = messages;
		this.highlights = highlights;
		this.news = news;
	}

	@GetMapping("/")
	@Transactional(readOnly = true)
	String home(Locale locale, Model model) {
		model.addAttribute("highlights", highlights.findAllByOrderByPositionAscIdAsc().stream()
			.map(h -> new HighlightCard(h.title(), h.teaser(), h.linkPath().orElse(null)))
			.toList());
		model.addAttribute("news", news.findLatest(LATEST_NEWS, locale).stream().map(article -> NewsCard.of(article, locale)).toList());
		var feedTitle = messages.getMessage("site.home.news.feed", null, locale);
		model.addAttribute("feedLinks", List.of(new FeedLink("application/rss+xml", feedTitle + " (RSS)", NewsFeed.RSS_PATH),
				new FeedLink("application/atom+xml", feedTitle + " (Atom)", NewsFeed.ATOM_PATH)));
		return "site/home";
	}
}
