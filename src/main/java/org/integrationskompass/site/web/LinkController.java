package org.integrationskompass.site.web;

import java.net.URI;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.integrationskompass.shared.domain.Translation;
import org.integrationskompass.site.domain.LinkAdministration;
import org.integrationskompass.site.domain.LinkEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link collection at {@code /links}: grouped by category, filtered by one category ({@code kategorie}) and by
 * words in title, description or address ({@code suche}). A plain GET form, so it works without JavaScript and every
 * filtered list has its own address.
 */
@Controller
class LinkController {

	static final String LINKS = "/links";

	private final LinkAdministration links;

	LinkController(LinkAdministration links) {
		this.links = links;
	}

	@GetMapping(LINKS)
	String index(@RequestParam(name = "kategorie", required = false) @Nullable String category,
			@RequestParam(name = "suche", required = false) @Nullable String search, Locale locale, Model model) {
		var categories = links.categories();
		var chosen = categories.stream().filter(c -> c.slug().equals(category)).findFirst().orElse(null);
		var words = search == null ? "" : search.strip();
		var collator = Collator.getInstance(locale);
		var matching = links.all().stream().filter(link -> matches(link, words, locale))
			.sorted(Comparator.comparing(link -> link.title().in(locale).text(), collator))
			.toList();
		var groups = new ArrayList<LinkGroup>();
		for (var c : categories) {
			if (chosen == null || chosen.id().equals(c.id())) {
				var inGroup = matching.stream().filter(link -> link.categories().stream().anyMatch(in -> in.id().equals(c.id()))).map(link -> card(link, locale)).toList();
				if (!inGroup.isEmpty()) {
					groups.add(new LinkGroup(c.slug(), c.name().in(locale), inGroup));
				}
			}
		}
		if (chosen == null) {
			var other = matching.stream().filter(link -> link.categories().isEmpty()).map(link -> card(link, locale)).toList();
			if (!other.isEmpty()) {
				groups.add(new LinkGroup("weitere", null, other));
			}
		}
		model.addAttribute("categories", categories.stream().map(c -> new CategoryOption(c.slug(), c.name().in(locale))).toList());
		model.addAttribute("chosen", chosen == null ? "" : chosen.slug());
		model.addAttribute("search", words);
		model.addAttribute("groups", groups);
		model.addAttribute("count", groups.stream().mapToInt(group -> group.links().size()).sum());
		model.addAttribute("filtered", chosen != null || !words.isEmpty());
		return "site/links";
	}

	private static boolean matches(LinkEntry link, String words, Locale locale) {
		if (words.isEmpty()) {
			return true;
		}
		var text = (link.title().in(locale).text() + " " + link.description().in(locale).text() + " " + link.url())
			.toLowerCase(locale);
		for (var word : words.toLowerCase(locale).split("\\s+")) {
			if (!text.contains(word)) {
				return false;
			}
		}
		return true;
	}

	private static LinkCard card(LinkEntry link, Locale locale) {
		var host = URI.create(link.url()).getHost();
		return new LinkCard(link.title().in(locale), link.description().in(locale), link.url(),
				host == null ? link.url() : host.replaceFirst("^www\\.", ""));
	}

	/** The links of one category; {@code name} is null for the links without a category. */
	record LinkGroup(String slug, @Nullable Translation name, List<LinkCard> links) {
	}

	/** One link on the page, with the host name shown so readers know where it leads. */
	record LinkCard(Translation title, Translation description, String url, String host) {
	}

	record CategoryOption(String slug, Translation name) {
	}

}
