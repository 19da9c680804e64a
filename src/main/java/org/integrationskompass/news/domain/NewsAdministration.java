package org.integrationskompass.news.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.integrationskompass.news.ArticleId;
import org.integrationskompass.news.ArticlePublished;
import org.integrationskompass.shared.domain.HtmlText;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.domain.Slug;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' use cases. Bodies are sanitised here, on the way in, so that nothing that can run a script ever
 * reaches the database, whatever form or import sent it. {@link ArticlePublished} goes out from here once per
 * article: at once on "publish now", and for a scheduled article from {@link #announceDueArticles()}, which runs
 * every minute; both claim the announcement with a conditional update, so several instances never send it twice.
 */
@Service
public class NewsAdministration {

	/** Longer bodies are refused: a long report goes in as a PDF, not as page text. */
	public static final int MAX_BODY_LENGTH = 200_000;

	private static final Logger log = LoggerFactory.getLogger(NewsAdministration.class);

	private final NewsArticleRepository articles;

	private final NewsImageRepository images;

	private final NewsImageFileRepository files;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	NewsAdministration(NewsArticleRepository articles, NewsImageRepository images, NewsImageFileRepository files,
			ApplicationEventPublisher publisher, ObjectProvider<Clock> clock) {
		this.articles = articles;
		this.images = images;
		this.files = files;
		this.publisher = publisher;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public Instant now() {
		return clock.instant();
	}

	@Transactional(readOnly = true)
	public List<NewsArticle> all() {
		return articles.findAll();
	}

	@Transactional(readOnly = true)
	public Optional<NewsArticle> find(UUID id) {
		return articles.findById(id);
	}

	@Transactional
	public NewsArticle create(ArticleDetails details) {
		var now = now();
		var article = articles.save(new NewsArticle(freeSlug(details.title()), sanitised(details), now));
		announceIfPublic(article, now);
		return article;
	}

	@Transactional
	public NewsArticle createDemo(ArticleDetails details) {
		var now = now();
		var article = new NewsArticle(freeSlug(details.title()), sanitised(details), now);
		article.markAsDemo();
		articles.save(article);
		announceIfPublic(article, now);
		return article;
	}

	@Transactional
	public void update(UUID id, ArticleDetails details) {
		var article = article(id);
		var now = now();
		article.describe(sanitised(details), now);
		announceIfPublic(article, now);
	}

	@Transactional
	public void publishNow(UUID id) {
		var article = article(id);
		var now = now();
		article.publishNow(now);
		announceIfPublic(article, now);
	}

	/** @throws IllegalStateException when the article is not public now */
	@Transactional
	public void unpublishNow(UUID id) {
		article(id).unpublishNow(now());
	}

	@Transactional
	public boolean delete(UUID id) {
		var found = articles.findById(id);
		found.ifPresent(article -> {
			images.findByArticleIdOrderByPosition(id).forEach(image -> {
				files.deleteById(image.id());
				images.delete(image);
			});
			articles.delete(article);
		});
		return found.isPresent();
	}

	@Transactional(readOnly = true)
	public List<NewsImage> images(UUID articleId) {
		return images.findByArticleIdOrderByPosition(articleId);
	}

	@Transactional
	public NewsImage addImage(UUID articleId, ImageDetails details, String contentType, byte[] data) {
		var article = article(articleId);
		var now = now();
		var position = images.findByArticleIdOrderByPosition(articleId).size();
		var image = images.save(new NewsImage(articleId, position, details, contentType, data.length, now));
		files.save(new NewsImageFile(image.id(), data));
		article.touch(now);
		return image;
	}

	@Transactional
	public boolean removeImage(UUID articleId, UUID imageId) {
		var article = article(articleId);
		var all = images.findByArticleIdOrderByPosition(articleId);
		var removed = all.stream().filter(image -> image.id().equals(imageId)).findFirst();
		removed.ifPresent(image -> {
			files.deleteById(image.id());
			images.delete(image);
			var position = 0;
			for (var rest : all) {
				if (!rest.id().equals(imageId)) {
					rest.position(position++);
				}
			}
			article.touch(now());
		});
		return removed.isPresent();
	}

	@Transactional(readOnly = true)
	public Optional<byte[]> imageData(UUID articleId, UUID imageId) {
		return images.findById(imageId)
			.filter(image -> image.articleId().equals(articleId))
			.flatMap(image -> files.findById(image.id()))
			.map(NewsImageFile::data);
	}

	/** Announces the articles whose publish time has come since the last run. */
	@Scheduled(fixedDelayString = "${platform.news.publication-check-interval:PT1M}", initialDelayString = "PT20S")
	@Transactional
	public int announceDueArticles() {
		var now = now();
		var announced = 0;
		for (var id : articles.findIdsDueForAnnouncement(now)) {
			var article = articles.findById(id);
			if (article.isPresent() && articles.claimAnnouncement(id) == 1) {
				publisher.publishEvent(new ArticlePublished(new ArticleId(id),
						java.util.Objects.requireNonNull(article.get().publishAt())));
				announced++;
			}
		}
		if (announced > 0) {
			log.info("{} scheduled article(s) became public", announced);
		}
		return announced;
	}

	private void announceIfPublic(NewsArticle article, Instant now) {
		if (!article.announced() && article.isPublicAt(now)) {
			articles.flush();
			if (articles.claimAnnouncement(article.id()) == 1) {
				publisher.publishEvent(new ArticlePublished(new ArticleId(article.id()),
						java.util.Objects.requireNonNull(article.publishAt())));
			}
		}
	}

	private NewsArticle article(UUID id) {
		return articles.findById(id).orElseThrow(() -> new IllegalArgumentException("No article " + id));
	}

	private String freeSlug(LocalizedText title) {
		var base = Slug.of(title.in(LocalizedText.GERMAN).text());
		if (base.isEmpty()) {
			base = "artikel";
		}
		var slug = base;
		for (var n = 2; articles.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private static ArticleDetails sanitised(ArticleDetails details) {
		var body = new java.util.LinkedHashMap<String, String>();
		details.body().asMap().forEach((language, html) -> {
			if (html.length() > MAX_BODY_LENGTH) {
				throw new IllegalArgumentException("Body longer than " + MAX_BODY_LENGTH + " characters");
			}
			body.put(language, HtmlText.sanitiseWithSections(html));
		});
		return new ArticleDetails(details.title(), details.teaser(), LocalizedText.of(body), details.author().strip(),
				details.kind(), details.topics(), details.publishAt(), details.unpublishAt());
	}
}
