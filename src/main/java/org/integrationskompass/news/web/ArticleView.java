package org.integrationskompass.news.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.integrationskompass.news.NewsFeed;
import org.integrationskompass.news.domain.NewsArticle;
import org.integrationskompass.news.domain.NewsImage;
import org.integrationskompass.news.domain.NewsTopic;
import org.integrationskompass.news.domain.PublicNews;
import org.integrationskompass.news.domain.ReadingTime;
import org.integrationskompass.shared.domain.Translation;
import org.jspecify.annotations.Nullable;

/**
 * An article as a reader sees it, in one language: every text carries whether it is the German fallback, so the
 * page marks it with {@code lang="de"}. Dates are the office's (Europe/Berlin).
 *
 * @param updatedOn set only when the article was changed on a later day than it was published
 */
public record ArticleView(String slug, String path, String kindKey, Translation title, Translation teaser,
		Translation body, String author, ZonedDateTime publishedAt, @Nullable LocalDate updatedOn, int readingMinutes,
		List<TopicLink> topics, List<ImageView> images) {

	static ArticleView of(NewsArticle article, List<NewsImage> images, Locale locale) {
		var path = NewsFeed.PATH + "/" + article.slug();
		return of(article, images, locale, Objects.requireNonNull(article.publishAt()), path, path);
	}

	/**
	 * The article as readers will see it, for the editors' preview: also a draft or a scheduled one (dated
	 * {@code now} while it has no publish time), with its pictures served from {@code imageBase} (the back office),
	 * because the public picture addresses answer only for public articles.
	 */
	public static ArticleView preview(NewsArticle article, List<NewsImage> images, Locale locale, Instant now,
			String imageBase) {
		var publishAt = article.publishAt();
		return of(article, images, locale, publishAt == null ? now : publishAt, NewsFeed.PATH + "/" + article.slug(),
				imageBase);
	}

	private static ArticleView of(NewsArticle article, List<NewsImage> images, Locale locale, Instant publishAt,
			String path, String imageBase) {
		var published = publishAt.atZone(PublicNews.OFFICE_ZONE);
		var modified = article.modifiedAt().atZone(PublicNews.OFFICE_ZONE);
		var body = article.body().in(locale);
		return new ArticleView(article.slug(), path, article.kind().messageKey(), article.title().in(locale),
				article.teaser().in(locale), body, article.author(), published,
				modified.toLocalDate().isAfter(published.toLocalDate()) ? modified.toLocalDate() : null,
				ReadingTime.minutes(body.text()),
				article.topics().stream().sorted().map(topic -> new TopicLink(topic.messageKey(), topic.slug())).toList(),
				images.stream().map(image -> ImageView.of(imageBase, image, locale)).toList());
	}

	public LocalDate publishedOn() {
		return publishedAt.toLocalDate();
	}

	public @Nullable ImageView leadImage() {
		return images.isEmpty() ? null : images.get(0);
	}

	public List<ImageView> furtherImages() {
		return images.size() <= 1 ? List.of() : images.subList(1, images.size());
	}

	/** A field of action, linking to the list filtered by it. */
	public record TopicLink(String key, String slug) {
	}

	/**
	 * A picture with what goes beside it; {@code src} is context-relative and changes with the picture, so it may be
	 * cached for long.
	 */
	public record ImageView(String src, @Nullable Translation alt, @Nullable Translation caption, String credit) {

		static ImageView of(String articlePath, NewsImage image, Locale locale) {
			var caption = image.caption().in(locale);
			return new ImageView(articlePath + "/bilder/" + image.id(), image.decorative() ? null : image.alt().in(locale),
					caption.text().isBlank() ? null : caption, image.credit());
		}

		public boolean hasCaption() {
			return caption != null || !credit.isBlank();
		}
	}
}
