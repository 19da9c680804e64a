package org.integrationskompass.site.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' use cases for pages: create, save (always a new version), publish, unpublish, restore an old version
 * (as a new one: history is never rewritten), move in the tree and delete. Every rule of the tree is checked here,
 * so that no way into the database skips it.
 */
@Service
@Transactional
public class PageAdministration {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** Words the back office and the page addresses keep for themselves. */
	static final Set<String> RESERVED = Set.of("admin", "api", "neu", "vorschau", "versionen", "seiten", "links",
			"suche", "de", "en", "ar");

	private final SitePageRepository pages;

	private final SitePageVersionRepository versions;

	private final PublicPages publicPages;

	private final Clock clock;

	PageAdministration(SitePageRepository pages, SitePageVersionRepository versions, PublicPages publicPages, Clock clock) {
		this.pages = pages;
		this.versions = versions;
		this.publicPages = publicPages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageTree tree() {
		return PageTree.of(pages.findAll());
	}

	@Transactional(readOnly = true)
	public Optional<SitePage> find(UUID id) {
		return pages.findById(id);
	}

	@Transactional(readOnly = true)
	public List<SitePageVersion> versions(UUID pageId) {
		return versions.findByPageIdOrderByNumberDesc(pageId);
	}

	@Transactional(readOnly = true)
	public Optional<SitePageVersion> version(UUID pageId, int number) {
		return versions.findByPageIdAndNumber(pageId, number);
	}

	/** A new page: a draft (version 1) that nobody sees until it is published. */
	public SitePage create(PageStructure structure, PageContent content, String author, String note) {
		check(null, structure);
		var now = clock.instant();
		var page = new SitePage(structure, now);
		var number = page.nextNumber(now);
		saveOrRefuse(page, structure);
		versions.save(new SitePageVersion(page.id(), number, clean(content), author, note, null, now));
		publicPages.changed();
		return page;
	}

	/** Saves the editor's state as the new draft; the public keeps seeing the published version until publishing. */
	public SitePageVersion save(UUID id, PageStructure structure, PageContent content, String author, String note) {
		var page = locked(id);
		check(page, structure);
		var now = clock.instant();
		page.place(structure, now);
		var number = page.nextNumber(now);
		saveOrRefuse(page, structure);
		var version = versions.save(new SitePageVersion(page.id(), number, clean(content), author, note, null, now));
		publicPages.changed();
		return version;
	}

	/** Makes the draft (the latest version) what the public sees. */
	public void publish(UUID id) {
		var page = locked(id);
		var draft = versions.findByPageIdAndNumber(id, page.latestNumber()).orElseThrow();
		page.publish(draft, clock.instant());
		publicPages.changed();
	}

	public void unpublish(UUID id) {
		locked(id).unpublish(clock.instant());
		publicPages.changed();
	}

	/** Copies an old version into a new draft; the old one and everything after it stay in the history. */
	public SitePageVersion restore(UUID id, int number, String author) {
		var page = locked(id);
		var old = versions.findByPageIdAndNumber(id, number)
			.orElseThrow(() -> new IllegalArgumentException("no version " + number + " of page " + id));
		var now = clock.instant();
		var restored = versions.save(new SitePageVersion(id, page.nextNumber(now), old.content(), author, "", number, now));
		publicPages.changed();
		return restored;
	}

	/** Deletes a page with its history; refused while pages sit below it. */
	public void delete(UUID id) {
		var page = locked(id);
		if (pages.existsByParentId(id)) {
			throw new PageRefused(PageRefused.Reason.HAS_CHILDREN, page.slug());
		}
		versions.deleteByPage(id);
		pages.delete(page);
		publicPages.changed();
	}

	private SitePage locked(UUID id) {
		return pages.findForUpdate(id).orElseThrow(() -> new IllegalArgumentException("no page " + id));
	}

	private void check(@Nullable SitePage page, PageStructure structure) {
		var slug = structure.slug();
		if (!SLUG.matcher(slug).matches() || slug.length() > org.integrationskompass.shared.domain.Slug.MAX_LENGTH) {
			throw new PageRefused(PageRefused.Reason.INVALID_SLUG, slug);
		}
		if (RESERVED.contains(slug)) {
			throw new PageRefused(PageRefused.Reason.RESERVED_SLUG, slug);
		}
		var tree = tree();
		var parent = structure.parentId();
		if (parent != null) {
			if (tree.page(parent).isEmpty()) {
				throw new PageRefused(PageRefused.Reason.UNKNOWN_PARENT, parent.toString());
			}
			if (page != null && tree.isWithin(parent, page.id())) {
				throw new PageRefused(PageRefused.Reason.CYCLE, parent.toString());
			}
		}
		var clash = tree.children(parent).stream()
			.anyMatch(sibling -> sibling.slug().equals(slug) && (page == null || !sibling.id().equals(page.id())));
		if (clash) {
			throw new PageRefused(PageRefused.Reason.DUPLICATE_SLUG, slug);
		}
	}

	/** The unique constraint backs the sibling check when two editors take the same slug at the same moment. */
	private void saveOrRefuse(SitePage page, PageStructure structure) {
		try {
			pages.saveAndFlush(page);
		}
		catch (DataIntegrityViolationException clash) {
			throw new PageRefused(PageRefused.Reason.DUPLICATE_SLUG, structure.slug());
		}
	}

	private static PageContent clean(PageContent content) {
		return new PageContent(content.title(), content.summary(), PageBodies.sanitise(content.body()));
	}
}
