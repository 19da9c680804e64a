package org.integrationskompass.site.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors keep the link collection and its categories; visitors read it grouped by category. */
@Service
@Transactional
public class LinkAdministration {

	private final LinkEntryRepository links;

	private final LinkCategoryRepository categories;

	private final Clock clock;

	LinkAdministration(LinkEntryRepository links, LinkCategoryRepository categories, Clock clock) {
		this.links = links;
		this.categories = categories;
		this.clock = clock;
	}

	/** Broken links first, the longest broken at the top, then the others by German title. */
	@Transactional(readOnly = true)
	public List<LinkEntry> allForEditors() {
		return links.findAllWithCategories().stream()
			.sorted(Comparator.comparing(LinkEntry::brokenSince, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(link -> link.title().in("de").text(), String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<LinkEntry> all() {
		return links.findAllWithCategories();
	}

	@Transactional(readOnly = true)
	public Optional<LinkEntry> find(UUID id) {
		return links.findById(id).map(link -> {
			link.categories().size();
			return link;
		});
	}

	@Transactional(readOnly = true)
	public List<LinkCategory> categories() {
		return categories.findAllByOrderByPositionAscSlugAsc();
	}

	/** A new link, checked at the checker's next run. */
	public LinkEntry create(LinkDetails details, Collection<UUID> categoryIds) {
		var now = clock.instant();
		return links.save(new LinkEntry(details, chosen(categoryIds), now, now));
	}

	/** A link loaded as demo content: first checked one check interval later, so a fresh start makes no requests. */
	public LinkEntry createUnchecked(LinkDetails details, Collection<UUID> categoryIds, java.time.Duration firstCheckAfter) {
		var now = clock.instant();
		return links.save(new LinkEntry(details, chosen(categoryIds), now, now.plus(firstCheckAfter)));
	}

	public void change(UUID id, LinkDetails details, Collection<UUID> categoryIds) {
		links.findById(id).orElseThrow().change(details, chosen(categoryIds), clock.instant());
	}

	public void delete(UUID id) {
		links.findById(id).ifPresent(links::delete);
	}

	public LinkCategory createCategory(String slug, LocalizedText name, int position) {
		return categories.save(new LinkCategory(slug, name, position));
	}

	public void changeCategory(UUID id, String slug, LocalizedText name, int position) {
		categories.findById(id).orElseThrow().rename(slug, name, position);
	}

	/** Deletes a category; its links stay in the collection, in their other categories or under "more links". */
	public void deleteCategory(UUID id) {
		categories.findById(id).ifPresent(category -> {
			links.findAllWithCategories().forEach(link -> {
				var remaining = new HashSet<>(link.categories());
				if (remaining.remove(category)) {
					link.change(new LinkDetails(link.title(), link.url(), link.description()), remaining, link.updatedAt());
				}
			});
			categories.delete(category);
		});
	}

	@Transactional(readOnly = true)
	public Optional<LinkCategory> category(UUID id) {
		return categories.findById(id);
	}

	@Transactional(readOnly = true)
	public boolean slugTaken(String slug, UUID except) {
		return categories.findBySlug(slug).filter(category -> !category.id().equals(except)).isPresent();
	}

	private HashSet<LinkCategory> chosen(Collection<UUID> ids) {
		return new HashSet<>(categories.findAllById(ids));
	}
}
