package org.integrationskompass.news.web;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import org.integrationskompass.news.domain.NewsArticle;
import org.integrationskompass.news.domain.PublicNews;
import org.integrationskompass.shared.web.JsonLd;

/** The article as schema.org {@code NewsArticle}, for search engines and readers' apps. */
final class NewsJsonLd {

	private NewsJsonLd() {
	}

	/**
	 * @param pageUrl the absolute address of the article page in the reader's language
	 * @param imageUrls absolute addresses of its pictures, lead picture first
	 */
	static String of(NewsArticle article, ArticleView view, String language, String pageUrl, List<String> imageUrls,
			String siteName, String siteUrl, String kindName, List<String> topicNames) {
		var data = new LinkedHashMap<String, Object>();
		data.put("@context", "https://schema.org");
		data.put("@type", "NewsArticle");
		data.put("@id", pageUrl);
		data.put("url", pageUrl);
		data.put("mainEntityOfPage", pageUrl);
		data.put("headline", view.title().text());
		if (!view.teaser().text().isBlank()) {
			data.put("description", view.teaser().text());
		}
		data.put("inLanguage", view.body().text().isBlank() ? language : view.body().language());
		data.put("datePublished", iso(view.publishedAt()));
		data.put("dateModified", iso(article.modifiedAt().atZone(PublicNews.OFFICE_ZONE)));
		var author = new LinkedHashMap<String, Object>();
		author.put("@type", "Organization");
		author.put("name", view.author().isBlank() ? siteName : view.author());
		data.put("author", author);
		var publisher = new LinkedHashMap<String, Object>();
		publisher.put("@type", "Organization");
		publisher.put("name", siteName);
		publisher.put("url", siteUrl);
		data.put("publisher", publisher);
		if (!imageUrls.isEmpty()) {
			data.put("image", imageUrls);
		}
		data.put("articleSection", kindName);
		if (!topicNames.isEmpty()) {
			data.put("keywords", topicNames);
		}
		data.put("timeRequired", "PT" + view.readingMinutes() + "M");
		data.put("isAccessibleForFree", true);
		return JsonLd.script(data);
	}

	private static String iso(java.time.ZonedDateTime at) {
		return at.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}
}
