package org.integrationskompass.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A link of the collection: title, address, description, categories, and what the checker found the last time it
 * requested the address. {@code brokenSince} is set by the first failed check and kept through later failures, so
 * editors see how long a link has been broken; a working check clears it.
 */
@Entity
@Table(name = "site_link")
public class LinkEntry {

	@Id
	private UUID id;

	@Column(nullable = false)
	private LocalizedText title;

	@Column(nullable = false)
	private String url;

	@Column(nullable = false)
	private LocalizedText description;

	@ManyToMany
	@JoinTable(name = "site_link_in_category", joinColumns = @JoinColumn(name = "link_id"),
			inverseJoinColumns = @JoinColumn(name = "category_id"))
	private Set<LinkCategory> categories = new HashSet<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "next_check_at", nullable = false)
	private Instant nextCheckAt;

	@Column(name = "claimed_until")
	private @Nullable Instant claimedUntil;

	@Column(name = "checked_at")
	private @Nullable Instant checkedAt;

	@Column(name = "final_url")
	private @Nullable String finalUrl;

	@Column(name = "last_status")
	private @Nullable Integer lastStatus;

	@Enumerated(EnumType.STRING)
	private @Nullable LinkProblem problem;

	@Column(name = "problem_detail")
	private @Nullable String problemDetail;

	@Column(name = "broken_since")
	private @Nullable Instant brokenSince;

	protected LinkEntry() {
		this.id = UUID.randomUUID();
		this.title = LocalizedText.empty();
		this.url = "";
		this.description = LocalizedText.empty();
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
		this.nextCheckAt = Instant.EPOCH;
	}

	LinkEntry(LinkDetails details, Set<LinkCategory> categories, Instant now, Instant firstCheck) {
		this();
		this.createdAt = now;
		change(details, categories, now);
		this.nextCheckAt = firstCheck;
	}

	void change(LinkDetails details, Set<LinkCategory> categories, Instant now) {
		if (!details.url().equals(this.url)) {
			// A new address is a new link for the checker: what it found about the old one no longer holds.
			this.nextCheckAt = now;
			this.checkedAt = null;
			this.finalUrl = null;
			this.lastStatus = null;
			this.problem = null;
			this.problemDetail = null;
			this.brokenSince = null;
		}
		this.title = details.title();
		this.url = details.url();
		this.description = details.description();
		this.categories = new HashSet<>(categories);
		this.updatedAt = now;
	}

	void record(LinkCheckResult result, Instant now, Instant nextCheck) {
		this.checkedAt = now;
		this.nextCheckAt = nextCheck;
		this.claimedUntil = null;
		this.lastStatus = result.status();
		this.finalUrl = result.finalUrl().equals(url) ? null : result.finalUrl();
		if (result.works()) {
			this.problem = null;
			this.problemDetail = null;
			this.brokenSince = null;
		}
		else {
			this.problem = result.problem();
			this.problemDetail = result.detail();
			if (this.brokenSince == null) {
				this.brokenSince = now;
			}
		}
	}

	public UUID id() {
		return id;
	}

	public LocalizedText title() {
		return title;
	}

	public String url() {
		return url;
	}

	public LocalizedText description() {
		return description;
	}

	public List<LinkCategory> categories() {
		return categories.stream().sorted(Comparator.comparingInt(LinkCategory::position).thenComparing(LinkCategory::slug))
			.toList();
	}

	public @Nullable Instant checkedAt() {
		return checkedAt;
	}

	public Instant nextCheckAt() {
		return nextCheckAt;
	}

	/** Where the address led after redirects, when that is somewhere else. */
	public @Nullable String finalUrl() {
		return finalUrl;
	}

	public @Nullable Integer lastStatus() {
		return lastStatus;
	}

	public @Nullable LinkProblem problem() {
		return problem;
	}

	public @Nullable String problemDetail() {
		return problemDetail;
	}

	public @Nullable Instant brokenSince() {
		return brokenSince;
	}

	public boolean isBroken() {
		return brokenSince != null;
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
