package org.integrationskompass.site.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What visitors may see of the pages: published pages whose parents are published too, with the published version's
 * texts. The tree is asked on every page (the navigation comes from it), so it is kept in memory: this instance drops
 * it right after a change commits; other instances of the portal reload it after {@link #MAX_AGE} at the latest.
 * No transaction of its own: the navigation asks on every request (also on a registration in a rush), and the
 * answer from memory needs no database connection; the repositories open one only to reload.
 */
@Service
public class PublicPages {

	static final Duration MAX_AGE = Duration.ofSeconds(10);

	private final SitePageRepository pages;

	private final SitePageVersionRepository versions;

	private final Clock clock;

	private volatile @Nullable Snapshot snapshot;

	PublicPages(SitePageRepository pages, SitePageVersionRepository versions, Clock clock) {
		this.pages = pages;
		this.versions = versions;
		this.clock = clock;
	}

	public PageTree tree() {
		var current = snapshot;
		var now = clock.instant();
		if (current == null || current.loadedAt().plus(MAX_AGE).isBefore(now)) {
			current = new Snapshot(PageTree.of(pages.findAll()), now);
			snapshot = current;
		}
		return current.tree();
	}

	/** The public page at these slugs (under {@link PageTree#PATH_PREFIX}), with its published version. */
	public Optional<Shown> find(List<String> slugs) {
		var tree = tree();
		return tree.resolve(slugs).filter(page -> tree.isPublic(page.id()))
			.flatMap(page -> versions.findByPageIdAndNumber(page.id(), java.util.Objects.requireNonNull(page.publishedNumber()))
				.map(version -> new Shown(page, version, tree)));
	}

	/** Public pages placed in a menu, in their menu order. */
	public List<SitePage> inMenu(MenuPlacement menu) {
		var tree = tree();
		return tree.depthFirst().stream().map(PageTree.Placed::page)
			.filter(page -> page.menu() == menu && tree.isPublic(page.id()))
			.sorted(Comparator.comparingInt(SitePage::menuOrder))
			.toList();
	}

	/** Public children of a page, in their order. */
	public List<SitePage> publicChildren(PageTree tree, java.util.UUID id) {
		return tree.children(id).stream().filter(child -> tree.isPublic(child.id())).toList();
	}

	void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					snapshot = null;
				}
			});
		}
		snapshot = null;
	}

	/** A page as visitors see it, with the tree it was found in (for breadcrumbs and children). */
	public record Shown(SitePage page, SitePageVersion version, PageTree tree) {
	}

	private record Snapshot(PageTree tree, Instant loadedAt) {
	}
}
