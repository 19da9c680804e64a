package org.integrationskompass.newsletter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An article of an issue: written for it, or a copy of a news article taken when it was picked (the issue keeps
 * its copy, whatever happens to the news article later). At most one image, with alt text, caption and © credit.
 */
@Entity
@Table(name = "newsletter_article")
public class IssueArticle {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "issue_id", nullable = false, updatable = false)
	private long issueId;

	@Column(name = "sort_order", nullable = false)
	private int position;

	@Column(nullable = false)
	private LocalizedText title;

	@Column(nullable = false)
	private LocalizedText body;

	@Column(name = "news_article_id")
	private @Nullable UUID newsArticleId;

	@Column(name = "image_data")
	private byte @Nullable [] imageData;

	@Column(name = "image_type")
	private @Nullable String imageType;

	@Column(name = "image_alt", nullable = false)
	private LocalizedText imageAlt;

	@Column(name = "image_caption", nullable = false)
	private LocalizedText imageCaption;

	@Column(name = "image_credit", nullable = false)
	private String imageCredit;

	protected IssueArticle() {
		this.title = LocalizedText.empty();
		this.body = LocalizedText.empty();
		this.imageAlt = LocalizedText.empty();
		this.imageCaption = LocalizedText.empty();
		this.imageCredit = "";
	}

	IssueArticle(long issueId, int position, @Nullable UUID newsArticleId) {
		this();
		this.issueId = issueId;
		this.position = position;
		this.newsArticleId = newsArticleId;
	}

	void edit(String language, String title, String bodyHtml, String imageAlt, String imageCaption, String credit) {
		this.title = NewsletterIssue.set(this.title, language, title);
		this.body = NewsletterIssue.set(this.body, language, bodyHtml);
		this.imageAlt = NewsletterIssue.set(this.imageAlt, language, imageAlt);
		this.imageCaption = NewsletterIssue.set(this.imageCaption, language, imageCaption);
		this.imageCredit = credit;
	}

	void image(byte[] data, String contentType) {
		this.imageData = data;
		this.imageType = contentType;
	}

	public long id() {
		return id == null ? 0 : id;
	}

	public long issueId() {
		return issueId;
	}

	public int position() {
		return position;
	}

	public LocalizedText title() {
		return title;
	}

	public LocalizedText body() {
		return body;
	}

	public @Nullable UUID newsArticleId() {
		return newsArticleId;
	}

	public boolean hasImage() {
		return imageData != null;
	}

	public byte @Nullable [] imageData() {
		return imageData;
	}

	public @Nullable String imageType() {
		return imageType;
	}

	public LocalizedText imageAlt() {
		return imageAlt;
	}

	public LocalizedText imageCaption() {
		return imageCaption;
	}

	public String imageCredit() {
		return imageCredit;
	}
}
