package org.integrationskompass.site.web;

import java.util.List;
import java.util.Locale;
import org.integrationskompass.shared.domain.HtmlText;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.domain.Translation;
import org.integrationskompass.site.domain.PageTree;
import org.integrationskompass.site.domain.PublicPages;
import org.integrationskompass.site.domain.SitePage;
import org.integrationskompass.site.domain.SitePageVersion;
import org.jspecify.annotations.Nullable;

/**
 * An editable page as the public sees it, in the reader's language: breadcrumbs, title, summary, body and the
 * public pages below it. The back office's preview renders exactly this, from the draft instead of the published
 * version.
 *
 * @param body sanitised HTML; sanitised again here, so that no older row or restored version can bring markup the
 *        current rules forbid
 */
public record ContentPage(List<Crumb> breadcrumbs, Translation title, Translation summary, Translation body,
		List<Child> children, String path) {

	public static ContentPage of(SitePage page, SitePageVersion version, PageTree tree, PublicPages pages, Locale locale) {
		var crumbs = tree.ancestors(page.id()).stream()
			.map(ancestor -> new Crumb(title(ancestor, locale), tree.path(ancestor.id())))
			.toList();
		var content = version.content();
		var body = content.body().in(locale);
		var children = pages.publicChildren(tree, page.id()).stream()
			.map(child -> new Child(title(child, locale), child.publishedSummary().in(locale), tree.path(child.id())))
			.toList();
		return new ContentPage(crumbs, content.title().in(locale), content.summary().in(locale),
				new Translation(HtmlText.sanitiseWithSections(body.text()), body.language(), body.fallback()), children,
				tree.path(page.id()));
	}

	/** A page's published title, or its slug for a page that is not published (only the preview shows such). */
	private static Translation title(SitePage page, Locale locale) {
		var title = page.publishedTitle();
		return title.isEmpty() ? LocalizedText.german(page.slug()).in(locale) : title.in(locale);
	}

	/** A page above the current one. */
	public record Crumb(Translation title, String path) {
	}

	/** A public page below the current one, with its summary. */
	public record Child(Translation title, @Nullable Translation summary, String path) {
	}
}
