package org.integrationskompass.news.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A news item or press release. Whether readers see it is never stored as a flag: it follows from the publish and
 * unpublish times and the clock ({@link #isPublicAt}), so a scheduled article appears, and a withdrawn one
 * disappears, at its time without a job having to run first. The slug is fixed at creation, so links stay valid
 * when the title is corrected.
 */
@Entity
@Table(name = "news_article")
public class NewsArticle {

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private String slug;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ArticleKind kind;

	@Column(nullable = false)
	private LocalizedText title;

	@Column(nullable = false)
	private LocalizedText teaser;

	/** Sanitised HTML per language. */
	@Column(nullable = false)
	private LocalizedText body;

	@Column(nullable = false)
	private String author;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "news_article_topic", joinColumns = @JoinColumn(name = "article_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "topic", nullable = false)
	private Set<NewsTopic> topics = new HashSet<>();

	@Column(name = "publish_at")
	private @Nullable Instant publishAt;

	@Column(name = "unpublish_at")
	private @Nullable Instant unpublishAt;

	/** Whether {@code ArticlePublished} went out, so that it goes out once only. */
	@Column(nullable = false)
	private boolean announced;

	@Column(nullable = false)
	private boolean demo;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected NewsArticle() {
		this.id = UUID.randomUUID();
		this.slug = "";
		this.kind = ArticleKind.NEWS;
		this.title = LocalizedText.empty();
		this.teaser = LocalizedText.empty();
		this.body = LocalizedText.empty();
		this.author = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	NewsArticle(String slug, ArticleDetails details, Instant now) {
		this();
		this.slug = slug;
		this.createdAt = now;
		describe(details, now);
	}

	void describe(ArticleDetails details, Instant now) {
		this.title = details.title();
		this.teaser = details.teaser();
		this.body = details.body();
		this.author = details.author();
		this.kind = details.kind();
		this.topics.clear();
		this.topics.addAll(details.topics());
		this.publishAt = details.publishAt();
		this.unpublishAt = details.unpublishAt();
		this.updatedAt = now;
	}

	/** Public from now on; a later unpublish time stays, an earlier one is cleared (an explicit "publish now"). */
	void publishNow(Instant now) {
		this.publishAt = now;
		if (unpublishAt != null && !unpublishAt.isAfter(now)) {
			this.unpublishAt = null;
		}
		this.updatedAt = now;
	}

	/** Not public from now on; refused for an article that was never published. */
	void unpublishNow(Instant now) {
		if (publishAt == null || publishAt.isAfter(now)) {
			throw new IllegalStateException("Article " + id + " is not public, so it cannot be unpublished");
		}
		this.unpublishAt = now;
		this.updatedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	public boolean isPublicAt(Instant now) {
		return publishAt != null && !publishAt.isAfter(now) && (unpublishAt == null || unpublishAt.isAfter(now));
	}

	public ArticleState stateAt(Instant now) {
		if (publishAt == null) {
			return ArticleState.DRAFT;
		}
		if (publishAt.isAfter(now)) {
			return ArticleState.SCHEDULED;
		}
		return unpublishAt == null || unpublishAt.isAfter(now) ? ArticleState.PUBLIC : ArticleState.UNPUBLISHED;
	}

	/**
	 * When the article was changed last as readers see it (page, JSON-LD, feeds): its publish time, unless an editor
	 * changed it afterwards. Saving it in the first minute after creation does not count, so an article entered today
	 * with an earlier publish date (an archived press release) is not "updated today".
	 */
	public Instant modifiedAt() {
		if (publishAt == null) {
			return updatedAt;
		}
		var editedLater = updatedAt.isAfter(createdAt.plusSeconds(60));
		return editedLater && updatedAt.isAfter(publishAt) ? updatedAt : publishAt;
	}

	void markAsDemo() {
		this.demo = true;
	}

	public UUID id() {
		return id;
	}

	public String slug() {
		return slug;
	}

	public ArticleKind kind() {
		return kind;
	}

	public LocalizedText title() {
		return title;
	}

	public LocalizedText teaser() {
		return teaser;
	}

	public LocalizedText body() {
		return body;
	}

	public String author() {
		return author;
	}

	public Set<NewsTopic> topics() {
		return topics.isEmpty() ? Set.of() : EnumSet.copyOf(topics);
	}

	public @Nullable Instant publishAt() {
		return publishAt;
	}

	public @Nullable Instant unpublishAt() {
		return unpublishAt;
	}

	public boolean announced() {
		return announced;
	}

	public boolean demo() {
		return demo;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
