package org.integrationskompass.site.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;

class PageTreeTests {

	private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	void buildsThePublicPathFromTheChainOfSlugs() {
		var top = page(null, "kompetenzzentrum", 0);
		var child = page(top.id(), "lotsinnen", 0);

		var tree = PageTree.of(List.of(child, top));

		assertThat(tree.path(child.id())).isEqualTo("/seiten/kompetenzzentrum/lotsinnen");
		assertThat(tree.resolve(List.of("kompetenzzentrum", "lotsinnen"))).containsSame(child);
		assertThat(tree.resolve(List.of("lotsinnen"))).isEmpty();
		assertThat(tree.ancestors(child.id())).containsExactly(top);
	}

	@Test
	void seesAMoveBelowItselfOrItsDescendantsAsACycle() {
		var top = page(null, "a", 0);
		var child = page(top.id(), "b", 0);
		var grandchild = page(child.id(), "c", 0);
		var other = page(null, "d", 0);

		var tree = PageTree.of(List.of(top, child, grandchild, other));

		assertThat(tree.isWithin(grandchild.id(), top.id())).isTrue();
		assertThat(tree.isWithin(top.id(), top.id())).isTrue();
		assertThat(tree.isWithin(other.id(), top.id())).isFalse();
		assertThat(tree.isWithin(top.id(), grandchild.id())).isFalse();
	}

	@Test
	void showsAPageOnlyWhenItAndEveryPageAboveItArePublished() {
		var top = page(null, "a", 0);
		var child = page(top.id(), "b", 0);
		publish(child);

		assertThat(PageTree.of(List.of(top, child)).isPublic(child.id())).isFalse();
		publish(top);
		assertThat(PageTree.of(List.of(top, child)).isPublic(child.id())).isTrue();
	}

	@Test
	void ordersSiblingsByPositionThenSlug() {
		var b = page(null, "b", 1);
		var a = page(null, "a", 1);
		var first = page(null, "z", 0);

		assertThat(PageTree.of(List.of(b, a, first)).children(null)).containsExactly(first, a, b);
	}

	private static SitePage page(UUID parent, String slug, int position) {
		var page = new SitePage(new PageStructure(parent, slug, position, MenuPlacement.NONE, 0), NOW);
		page.nextNumber(NOW);
		return page;
	}

	private static void publish(SitePage page) {
		page.publish(new SitePageVersion(page.id(), 1, new PageContent(LocalizedText.german("T"), LocalizedText.empty(),
				LocalizedText.empty()), "x", "", null, NOW), NOW);
	}
}
