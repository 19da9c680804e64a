package org.integrationskompass.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A teaser card on the home page: a topic the office wants to point visitors to. Written in German first;
 * missing translations fall back to German and are marked as such on the page.
 */
@Entity
@Table(name = "site_highlight")
public class Highlight {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	/** Ascending order on the home page. */
	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private LocalizedText title;

	@Column(nullable = false)
	private LocalizedText teaser;

	/** A path inside the portal without language prefix ({@code /impressum}); none for a card without link. */
	@Column(name = "link_path")
	private @Nullable String linkPath;

	@Column(name = "created_at", nullable = false)
	private Instant created;

	protected Highlight() {
		this.title = LocalizedText.empty();
		this.teaser = LocalizedText.empty();
		this.created = Instant.EPOCH;
	}

	public Highlight(int position, LocalizedText title, LocalizedText teaser, @Nullable String linkPath, Instant created) {
		if (title.get(LocalizedText.GERMAN).isEmpty()) {
			throw new IllegalArgumentException("A highlight needs a German title: it is the fallback for every language");
		}
		if (linkPath != null && !(linkPath.startsWith("/") && !linkPath.startsWith("//"))) {
			throw new IllegalArgumentException("A highlight links only inside the portal: " + linkPath);
		}
		this.position = position;
		this.title = title;
		this.teaser = teaser;
		this.linkPath = linkPath;
		this.created = created;
	}

	public int position() {
		return position;
	}

	public LocalizedText title() {
		return title;
	}

	public LocalizedText teaser() {
		return teaser;
	}

	public Optional<String> linkPath() {
		return Optional.ofNullable(linkPath);
	}

	public Instant created() {
		return created;
	}
}
