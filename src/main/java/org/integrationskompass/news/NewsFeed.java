package org.integrationskompass.news;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.integrationskompass.news.domain.ArticleFilter;
import org.integrationskompass.news.domain.NewsArticle;
import org.integrationskompass.news.domain.PublicNews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The news for other modules: only articles that are published at this moment (scheduled publish and unpublish
 * respected, judged against the application's clock), in the requested language with German as fallback.
 */
@Service
public class NewsFeed {

	/** Where the article pages live; an article's page is this plus {@code /} and its slug. */
	public static final String PATH = "/aktuelles";

	/** The RSS 2.0 feed of the newest articles (in the language of its prefix, e.g. {@code /en/aktuelles/rss.xml}). */
	public static final String RSS_PATH = PATH + "/rss.xml";

	/** The same as Atom 1.0. */
	public static final String ATOM_PATH = PATH + "/atom.xml";

	private final PublicNews news;

	NewsFeed(PublicNews news) {
		this.news = news;
	}

	/** The newest published articles, newest first. */
	@Transactional(readOnly = true)
	public List<ArticleTeaser> findLatest(int limit, Locale locale) {
		if (limit <= 0) {
			return List.of();
		}
		return news.find(ArticleFilter.none(), 0, limit).stream().map(article -> teaser(article, locale)).toList();
	}

	/** One published article; empty when it does not exist or is not public now. */
	@Transactional(readOnly = true)
	public Optional<ArticleContent> findPublished(ArticleId id, Locale locale) {
		return news.findById(id.value()).map(article -> new ArticleContent(new ArticleId(article.id()), article.slug(),
				PATH + "/" + article.slug(), article.title().in(locale).text(), article.teaser().in(locale).text(),
				article.body().in(locale).text(), article.author(), Objects.requireNonNull(article.publishAt()),
				news.images(article.id()).stream()
					.map(image -> new ArticleImage(image.decorative() ? "" : image.alt().in(locale).text(),
							image.caption().in(locale).text(), image.credit(), image.contentType(), news.data(image.id())))
					.toList()));
	}

	private static ArticleTeaser teaser(NewsArticle article, Locale locale) {
		var title = article.title().in(locale);
		var teaser = article.teaser().in(locale);
		return new ArticleTeaser(new ArticleId(article.id()), article.slug(), PATH + "/" + article.slug(), title.text(),
				teaser.text(), Objects.requireNonNull(article.publishAt()), title.language(), teaser.language());
	}
}
