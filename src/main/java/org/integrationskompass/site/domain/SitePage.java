package org.integrationskompass.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * An editable page of the portal: its place in the page tree and in the navigation, which version is the draft
 * (the latest) and which one the public sees. The texts live in {@link SitePageVersion}s; the published title and
 * summary are copied here so the navigation, breadcrumbs and child lists need no version rows.
 */
@Entity
@Table(name = "site_page")
public class SitePage {

	static final String NO_PARENT = "-";

	@Id
	private UUID id;

	@Column(name = "parent_id")
	private @Nullable UUID parentId;

	@Column(name = "parent_key", nullable = false)
	private String parentKey;

	@Column(nullable = false)
	private String slug;

	@Column(nullable = false)
	private int position;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MenuPlacement menu;

	@Column(name = "menu_order", nullable = false)
	private int menuOrder;

	@Column(name = "latest_number", nullable = false)
	private int latestNumber;

	@Column(name = "published_number")
	private @Nullable Integer publishedNumber;

	@Column(name = "published_title", nullable = false)
	private LocalizedText publishedTitle;

	@Column(name = "published_summary", nullable = false)
	private LocalizedText publishedSummary;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected SitePage() {
		this.id = UUID.randomUUID();
		this.parentKey = NO_PARENT;
		this.slug = "";
		this.menu = MenuPlacement.NONE;
		this.publishedTitle = LocalizedText.empty();
		this.publishedSummary = LocalizedText.empty();
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	SitePage(PageStructure structure, Instant now) {
		this();
		this.createdAt = now;
		place(structure, now);
	}

	void place(PageStructure structure, Instant now) {
		this.parentId = structure.parentId();
		this.parentKey = structure.parentId() == null ? NO_PARENT : structure.parentId().toString();
		this.slug = structure.slug();
		this.position = structure.position();
		this.menu = structure.menu();
		this.menuOrder = structure.menuOrder();
		this.updatedAt = now;
	}

	int nextNumber(Instant now) {
		latestNumber++;
		updatedAt = now;
		return latestNumber;
	}

	void publish(SitePageVersion version, Instant now) {
		this.publishedNumber = version.number();
		this.publishedTitle = version.content().title();
		this.publishedSummary = version.content().summary();
		this.updatedAt = now;
	}

	void unpublish(Instant now) {
		this.publishedNumber = null;
		this.publishedTitle = LocalizedText.empty();
		this.publishedSummary = LocalizedText.empty();
		this.updatedAt = now;
	}

	public UUID id() {
		return id;
	}

	public @Nullable UUID parentId() {
		return parentId;
	}

	public String slug() {
		return slug;
	}

	public int position() {
		return position;
	}

	public MenuPlacement menu() {
		return menu;
	}

	public int menuOrder() {
		return menuOrder;
	}

	public PageStructure structure() {
		return new PageStructure(parentId, slug, position, menu, menuOrder);
	}

	/** The draft: the version editors work on and preview. */
	public int latestNumber() {
		return latestNumber;
	}

	public @Nullable Integer publishedNumber() {
		return publishedNumber;
	}

	public boolean isPublished() {
		return publishedNumber != null;
	}

	/** True when the draft differs from what the public sees (a newer version, or nothing published yet). */
	public boolean hasUnpublishedChanges() {
		return publishedNumber == null || publishedNumber != latestNumber;
	}

	public LocalizedText publishedTitle() {
		return publishedTitle;
	}

	public LocalizedText publishedSummary() {
		return publishedSummary;
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
