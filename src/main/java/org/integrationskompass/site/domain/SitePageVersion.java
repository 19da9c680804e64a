package org.integrationskompass.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** One saved state of a page's texts. Never changed after it was written: restoring copies it into a new version. */
@Entity
@Table(name = "site_page_version")
public class SitePageVersion {

	@Id
	private UUID id;

	@Column(name = "page_id", nullable = false)
	private UUID pageId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private LocalizedText title;

	@Column(nullable = false)
	private LocalizedText summary;

	@Column(nullable = false)
	private LocalizedText body;

	@Column(nullable = false)
	private String author;

	@Column(nullable = false)
	private String note;

	@Column(name = "restored_from")
	private @Nullable Integer restoredFrom;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected SitePageVersion() {
		this.id = UUID.randomUUID();
		this.pageId = id;
		this.title = LocalizedText.empty();
		this.summary = LocalizedText.empty();
		this.body = LocalizedText.empty();
		this.author = "";
		this.note = "";
		this.createdAt = Instant.EPOCH;
	}

	SitePageVersion(UUID pageId, int number, PageContent content, String author, String note,
			@Nullable Integer restoredFrom, Instant createdAt) {
		this();
		this.pageId = pageId;
		this.number = number;
		this.title = content.title();
		this.summary = content.summary();
		this.body = content.body();
		this.author = author;
		this.note = note;
		this.restoredFrom = restoredFrom;
		this.createdAt = createdAt;
	}

	public UUID pageId() {
		return pageId;
	}

	public int number() {
		return number;
	}

	public PageContent content() {
		return new PageContent(title, summary, body);
	}

	public String author() {
		return author;
	}

	public String note() {
		return note;
	}

	public @Nullable Integer restoredFrom() {
		return restoredFrom;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
