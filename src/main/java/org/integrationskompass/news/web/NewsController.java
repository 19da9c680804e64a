package org.integrationskompass.news.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.integrationskompass.news.NewsFeed;
import org.integrationskompass.news.domain.ArticleKind;
import org.integrationskompass.news.domain.NewsArticle;
import org.integrationskompass.news.domain.NewsTopic;
import org.integrationskompass.news.domain.PublicNews;
import org.integrationskompass.shared.web.FeedLink;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.integrationskompass.shared.web.SiteLanguages;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public news: the list with filters and pages, an article's page (with schema.org {@code NewsArticle}), its
 * print view, its pictures, and RSS and Atom feeds. Everything is judged against the clock on every request, so a
 * scheduled article appears and a withdrawn one disappears on time everywhere at once.
 */
@Controller
class NewsController {

	static final int PAGE_SIZE = 10;

	static final int FEED_SIZE = 20;

	static final String RSS = NewsFeed.RSS_PATH;

	static final String ATOM = NewsFeed.ATOM_PATH;

	private static final String SLUG = "{slug:[a-z0-9][a-z0-9-]*}";

	private final PublicNews news;

	private final MessageSource messages;

	private final SiteLanguages site;

	NewsController(PublicNews news, MessageSource messages, SiteLanguages site) {
		this.news = news;
		this.messages = messages;
		this.site = site;
	}

	@GetMapping(NewsFeed.PATH)
	String list(@RequestParam MultiValueMap<String, String> parameters, Locale locale, Model model) {
		var query = NewsListQuery.from(parameters);
		var result = news.find(query.filter(), query.page() - 1, PAGE_SIZE);
		var images = news.images(result.getContent().stream().map(NewsArticle::id).toList());
		model.addAttribute("query", query);
		model.addAttribute("filter", query.filter());
		model.addAttribute("cards", result.getContent().stream()
			.map(article -> ArticleCard.of(article, images.getOrDefault(article.id(), List.of()), locale))
			.toList());
		model.addAttribute("total", result.getTotalElements());
		model.addAttribute("page", query.page());
		model.addAttribute("pageCount", Math.max(1, result.getTotalPages()));
		model.addAttribute("previousPage", query.page() > 1 ? query.pathFor(NewsFeed.PATH, query.page() - 1) : null);
		model.addAttribute("nextPage", result.hasNext() ? query.pathFor(NewsFeed.PATH, query.page() + 1) : null);
		model.addAttribute("firstPage", query.pathFor(NewsFeed.PATH, 1));
		model.addAttribute("topics", NewsTopic.values());
		model.addAttribute("kinds", ArticleKind.values());
		model.addAttribute("years", news.years());
		model.addAttribute("rssPath", query.feedPath(RSS));
		model.addAttribute("atomPath", query.feedPath(ATOM));
		model.addAttribute("feedLinks", feedLinks(query, locale));
		return "news/index";
	}

	@GetMapping(NewsFeed.PATH + "/" + SLUG)
	String article(@PathVariable String slug, HttpServletRequest request, Locale locale, Model model) {
		var article = published(slug);
		var view = ArticleView.of(article, news.images(article.id()), locale);
		var pageUrl = site.baseUrl() + RequestLanguage.prefix(request) + view.path();
		model.addAttribute("article", view);
		model.addAttribute("feedLinks", feedLinks(NewsListQuery.from(new LinkedMultiValueMap<>()), locale));
		model.addAttribute("jsonLd", NewsJsonLd.of(article, view, locale.getLanguage(), pageUrl,
				view.images().stream().map(image -> site.baseUrl() + image.src()).toList(), message("layout.siteName", locale),
				site.baseUrl() + RequestLanguage.prefix(request) + "/", message(article.kind().messageKey(), locale),
				view.topics().stream().map(topic -> message(topic.key(), locale)).toList()));
		return "news/show";
	}

	@GetMapping(NewsFeed.PATH + "/" + SLUG + "/druck")
	String print(@PathVariable String slug, HttpServletRequest request, Locale locale, Model model) {
		var article = published(slug);
		var view = ArticleView.of(article, news.images(article.id()), locale);
		model.addAttribute("article", view);
		model.addAttribute("pageUrl", site.baseUrl() + RequestLanguage.prefix(request) + view.path());
		return "news/print";
	}

	/**
	 * A picture of a public article. Its address holds the picture's id and a picture is never changed (only
	 * replaced), so browsers may keep it for a day and revalidate cheaply with its ETag after that.
	 */
	@GetMapping(NewsFeed.PATH + "/" + SLUG + "/bilder/{imageId}")
	ResponseEntity<byte[]> image(@PathVariable String slug, @PathVariable String imageId, WebRequest request) {
		var id = uuid(imageId);
		var found = news.image(id)
			.filter(image -> news.findBySlug(slug).map(article -> article.id().equals(image.image().articleId())).orElse(false))
			.orElseThrow(() -> new NotFoundException("news image " + imageId));
		var etag = "\"" + id + "\"";
		if (request.checkNotModified(etag, found.image().uploadedAt().toEpochMilli())) {
			return ResponseEntity.status(304).build();
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(found.image().contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.eTag(etag)
			.lastModified(found.image().uploadedAt())
			.header("Content-Disposition", "inline")
			.header("X-Content-Type-Options", "nosniff")
			.body(found.data());
	}

	@GetMapping(RSS)
	ResponseEntity<String> rss(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
			Locale locale) {
		return feed(NewsFeedDocuments.RSS, "application/rss+xml", RSS, parameters, request, locale);
	}

	@GetMapping(ATOM)
	ResponseEntity<String> atom(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
			Locale locale) {
		return feed(NewsFeedDocuments.ATOM, "application/atom+xml", ATOM, parameters, request, locale);
	}

	private ResponseEntity<String> feed(String type, String mediaType, String path,
			MultiValueMap<String, String> parameters, HttpServletRequest request, Locale locale) {
		var query = NewsListQuery.from(parameters);
		var base = site.baseUrl() + RequestLanguage.prefix(request);
		var articles = news.find(new org.integrationskompass.news.domain.ArticleFilter(query.filter().topic(),
				query.filter().kind(), null), 0, FEED_SIZE).getContent();
		var entries = articles.stream().map(article -> {
			var view = ArticleView.of(article, List.of(), locale);
			var categories = new ArrayList<String>();
			categories.add(message(article.kind().messageKey(), locale));
			view.topics().forEach(topic -> categories.add(message(topic.key(), locale)));
			return new NewsFeedDocuments.Entry(article.id().toString(), view.title().text(), view.teaser().text(),
					view.body().text(), base + view.path(), view.author().isBlank() ? message("layout.siteName", locale)
							: view.author(),
					Objects.requireNonNull(article.publishAt()), article.modifiedAt(), categories);
		}).toList();
		var updated = articles.stream().map(NewsArticle::modifiedAt).max(java.util.Comparator.naturalOrder())
			.orElse(java.time.Instant.EPOCH);
		var document = NewsFeedDocuments.write(type, feedTitle(query, locale), message("news.feed.description", locale),
				locale.getLanguage(), base + query.feedPath(path), base + query.pathFor(NewsFeed.PATH, 1), entries, updated);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType + ";charset=UTF-8"))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(document);
	}

	private List<FeedLink> feedLinks(NewsListQuery query, Locale locale) {
		var title = feedTitle(query, locale);
		return List.of(new FeedLink("application/rss+xml", title + " (RSS)", query.feedPath(RSS)),
				new FeedLink("application/atom+xml", title + " (Atom)", query.feedPath(ATOM)));
	}

	private String feedTitle(NewsListQuery query, Locale locale) {
		var parts = new ArrayList<String>();
		parts.add(message("news.feed.title", locale));
		if (query.filter().topic() != null) {
			parts.add(message(query.filter().topic().messageKey(), locale));
		}
		if (query.filter().kind() != null) {
			parts.add(message(query.filter().kind().messageKey(), locale));
		}
		return String.join(" – ", parts);
	}

	private NewsArticle published(String slug) {
		return news.findBySlug(slug).orElseThrow(() -> new NotFoundException("news article " + slug));
	}

	private static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("news image " + value);
		}
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
