package org.integrationskompass.news.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;

/**
 * A picture of an article (PNG, JPEG or WebP, checked by content on upload) with what readers need beside it:
 * alternative text (empty only when the editor marked the picture as decorative), caption and © credit. The first
 * picture leads the article; the bytes live in {@link NewsImageFile}.
 */
@Entity
@Table(name = "news_image")
public class NewsImage {

	@Id
	private UUID id;

	@Column(name = "article_id", nullable = false, updatable = false)
	private UUID articleId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private LocalizedText alt;

	@Column(nullable = false)
	private boolean decorative;

	@Column(nullable = false)
	private LocalizedText caption;

	@Column(nullable = false)
	private String credit;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected NewsImage() {
		this.id = UUID.randomUUID();
		this.articleId = UUID.randomUUID();
		this.alt = LocalizedText.empty();
		this.caption = LocalizedText.empty();
		this.credit = "";
		this.contentType = "image/png";
		this.uploadedAt = Instant.EPOCH;
	}

	NewsImage(UUID articleId, int position, ImageDetails details, String contentType, long sizeBytes, Instant now) {
		this.id = UUID.randomUUID();
		this.articleId = articleId;
		this.position = position;
		this.alt = details.decorative() ? LocalizedText.empty() : details.alt();
		this.decorative = details.decorative();
		this.caption = details.caption();
		this.credit = details.credit();
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.uploadedAt = now;
	}

	void position(int position) {
		this.position = position;
	}

	public UUID id() {
		return id;
	}

	public UUID articleId() {
		return articleId;
	}

	public int position() {
		return position;
	}

	public LocalizedText alt() {
		return alt;
	}

	public boolean decorative() {
		return decorative;
	}

	public LocalizedText caption() {
		return caption;
	}

	public String credit() {
		return credit;
	}

	public String contentType() {
		return contentType;
	}

	public long sizeBytes() {
		return sizeBytes;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}
}
