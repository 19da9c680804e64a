package org.integrationskompass.site.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * All pages as a tree, for the rules that need more than one page: addresses (the chain of slugs), breadcrumbs,
 * children in their order, whether a page is public (it and every page above it published) and whether a move
 * would make a page its own ancestor.
 */
public final class PageTree {

	/** Page addresses live under their own prefix, so no slug can ever shadow a module's route. */
	public static final String PATH_PREFIX = "/seiten";

	private static final Comparator<SitePage> SIBLING_ORDER = Comparator.comparingInt(SitePage::position)
		.thenComparing(SitePage::slug);

	private final Map<UUID, SitePage> pages = new HashMap<>();

	private final Map<@Nullable UUID, List<SitePage>> children = new HashMap<>();

	private PageTree(Collection<SitePage> all) {
		all.forEach(page -> pages.put(page.id(), page));
		all.forEach(page -> children.computeIfAbsent(page.parentId(), key -> new ArrayList<>()).add(page));
		children.values().forEach(list -> list.sort(SIBLING_ORDER));
	}

	public static PageTree of(Collection<SitePage> pages) {
		return new PageTree(pages);
	}

	public Optional<SitePage> page(UUID id) {
		return Optional.ofNullable(pages.get(id));
	}

	/** The pages above {@code id}, the top-level one first; the page itself is not included. */
	public List<SitePage> ancestors(UUID id) {
		var chain = new ArrayList<SitePage>();
		var seen = new HashSet<UUID>();
		var current = pages.get(id);
		while (current != null && current.parentId() != null && seen.add(current.id())) {
			current = pages.get(current.parentId());
			if (current != null) {
				chain.add(0, current);
			}
		}
		return chain;
	}

	/** The children of a page (or the top-level pages for null) in their order among siblings. */
	public List<SitePage> children(@Nullable UUID parentId) {
		return List.copyOf(children.getOrDefault(parentId, List.of()));
	}

	/** The public address without language prefix: {@code /seiten/kompetenzzentrum/lotsinnen}. */
	public String path(UUID id) {
		var path = new StringBuilder(PATH_PREFIX);
		for (var ancestor : ancestors(id)) {
			path.append('/').append(ancestor.slug());
		}
		return path.append('/').append(page(id).map(SitePage::slug).orElseThrow()).toString();
	}

	/** True when the page and every page above it are published: only then may visitors see it. */
	public boolean isPublic(UUID id) {
		var page = pages.get(id);
		return page != null && page.isPublished() && ancestors(id).stream().allMatch(SitePage::isPublished)
				&& ancestors(id).size() == depthOf(page);
	}

	/** Follows the slugs from the top level down; empty when some part does not exist. */
	public Optional<SitePage> resolve(List<String> slugs) {
		UUID parent = null;
		SitePage found = null;
		for (var slug : slugs) {
			final UUID under = parent;
			found = children.getOrDefault(under, List.of()).stream().filter(page -> page.slug().equals(slug)).findFirst()
				.orElse(null);
			if (found == null) {
				return Optional.empty();
			}
			parent = found.id();
		}
		return Optional.ofNullable(found);
	}

	/** True when {@code candidate} is {@code root} itself or lies anywhere below it. */
	public boolean isWithin(UUID candidate, UUID root) {
		if (candidate.equals(root)) {
			return true;
		}
		return ancestors(candidate).stream().anyMatch(page -> page.id().equals(root));
	}

	/** Every page with its depth (0 = top level), parents before their children, siblings in order. */
	public List<Placed> depthFirst() {
		var result = new ArrayList<Placed>();
		walk(null, 0, result, new HashSet<>());
		return result;
	}

	private void walk(@Nullable UUID parent, int depth, List<Placed> result, HashSet<UUID> seen) {
		for (var page : children.getOrDefault(parent, List.of())) {
			if (seen.add(page.id())) {
				result.add(new Placed(page, depth));
				walk(page.id(), depth + 1, result, seen);
			}
		}
	}

	/** The number of parent links from a page up to the top level, or -1 when they do not end there. */
	private int depthOf(SitePage page) {
		var depth = 0;
		var current = page;
		var seen = new HashSet<UUID>();
		while (current.parentId() != null) {
			if (!seen.add(current.id())) {
				return -1;
			}
			current = pages.get(current.parentId());
			if (current == null) {
				return -1;
			}
			depth++;
		}
		return depth;
	}

	/** A page and how deep it sits. */
	public record Placed(SitePage page, int depth) {
	}
}
