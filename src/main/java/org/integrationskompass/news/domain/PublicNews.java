package org.integrationskompass.news.domain;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The articles readers may see now: published, not yet unpublished, judged against the clock at every request, so a
 * scheduled article is in lists, feeds and at its address from its publish time on and gone from all of them at its
 * unpublish time.
 */
@Service
public class PublicNews {

	/** Years of the list's filter and of publish dates are counted in the office's time zone. */
	public static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	private final NewsArticleRepository articles;

	private final NewsImageRepository images;

	private final NewsImageFileRepository files;

	private final Clock clock;

	PublicNews(NewsArticleRepository articles, NewsImageRepository images, NewsImageFileRepository files,
			ObjectProvider<Clock> clock) {
		this.articles = articles;
		this.images = images;
		this.files = files;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	public Instant now() {
		return clock.instant();
	}

	/** A page of public articles, newest first ({@code page} counts from 0). */
	@Transactional(readOnly = true)
	public Page<NewsArticle> find(ArticleFilter filter, int page, int size) {
		return articles.findAll(publicAt(now(), filter),
				PageRequest.of(Math.max(0, page), size, Sort.by(Sort.Order.desc("publishAt"), Sort.Order.asc("slug"))));
	}

	@Transactional(readOnly = true)
	public Optional<NewsArticle> findBySlug(String slug) {
		var now = now();
		return articles.findBySlug(slug).filter(article -> article.isPublicAt(now));
	}

	@Transactional(readOnly = true)
	public Optional<NewsArticle> findById(UUID id) {
		var now = now();
		return articles.findById(id).filter(article -> article.isPublicAt(now));
	}

	/** The years that have public articles, newest first, for the year filter. */
	@Transactional(readOnly = true)
	public List<Integer> years() {
		return articles.findPublicationTimes(now()).stream()
			.map(at -> LocalDate.ofInstant(at, OFFICE_ZONE).getYear())
			.distinct()
			.sorted(Comparator.reverseOrder())
			.toList();
	}

	/** The pictures of the given articles in their order, by article. */
	@Transactional(readOnly = true)
	public Map<UUID, List<NewsImage>> images(Collection<UUID> articleIds) {
		if (articleIds.isEmpty()) {
			return Map.of();
		}
		return images.findByArticleIdInOrderByPosition(articleIds).stream()
			.collect(Collectors.groupingBy(NewsImage::articleId));
	}

	public List<NewsImage> images(UUID articleId) {
		return images.findByArticleIdOrderByPosition(articleId);
	}

	/** A picture with its bytes, only while its article is public. */
	@Transactional(readOnly = true)
	public Optional<ImageWithData> image(UUID imageId) {
		var now = now();
		return images.findById(imageId)
			.filter(image -> articles.findById(image.articleId()).map(article -> article.isPublicAt(now)).orElse(false))
			.flatMap(image -> files.findById(image.id()).map(file -> new ImageWithData(image, file.data())));
	}

	@Transactional(readOnly = true)
	public byte[] data(UUID imageId) {
		return files.findById(imageId).map(NewsImageFile::data).orElse(new byte[0]);
	}

	static Specification<NewsArticle> publicAt(Instant now, ArticleFilter filter) {
		return (root, query, cb) -> {
			var where = new ArrayList<Predicate>();
			where.add(cb.lessThanOrEqualTo(root.get("publishAt"), now));
			where.add(cb.or(cb.isNull(root.get("unpublishAt")), cb.greaterThan(root.get("unpublishAt"), now)));
			if (filter.kind() != null) {
				where.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (filter.topic() != null) {
				where.add(cb.isMember(filter.topic(), root.get("topics")));
			}
			if (filter.year() != null) {
				var from = LocalDate.of(filter.year(), 1, 1).atStartOfDay(OFFICE_ZONE).toInstant();
				var to = LocalDate.of(filter.year() + 1, 1, 1).atStartOfDay(OFFICE_ZONE).toInstant();
				where.add(cb.greaterThanOrEqualTo(root.get("publishAt"), from));
				where.add(cb.lessThan(root.get("publishAt"), to));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** A picture and its bytes. */
	public record ImageWithData(NewsImage image, byte[] data) {
	}
}
