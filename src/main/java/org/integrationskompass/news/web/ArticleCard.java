package org.integrationskompass.news.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.integrationskompass.news.NewsFeed;
import org.integrationskompass.news.domain.NewsArticle;
import org.integrationskompass.news.domain.NewsImage;
import org.integrationskompass.news.domain.PublicNews;
import org.integrationskompass.shared.domain.Translation;
import org.jspecify.annotations.Nullable;

/** An article in the list: kind, date, title, teaser and the lead picture if it has one. */
public record ArticleCard(String path, String kindKey, LocalDate publishedOn, Translation title, Translation teaser,
		ArticleView.@Nullable ImageView image) {

	static ArticleCard of(NewsArticle article, List<NewsImage> images, Locale locale) {
		var path = NewsFeed.PATH + "/" + article.slug();
		return new ArticleCard(path, article.kind().messageKey(),
				Objects.requireNonNull(article.publishAt()).atZone(PublicNews.OFFICE_ZONE).toLocalDate(),
				article.title().in(locale), article.teaser().in(locale),
				images.isEmpty() ? null : ArticleView.ImageView.of(path, images.get(0), locale));
	}
}
