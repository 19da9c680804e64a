package org.integrationskompass.news;

import java.time.Instant;

/**
 * A published article as other modules list it (home page, newsletter picker), in the reader's language with German
 * as fallback.
 *
 * @param path context-relative path of the article page without language prefix, e.g. {@code /aktuelles/slug}
 * @param titleLanguage the language the title is really in (German when the reader's language is missing), so a
 * page can mark a fallback with {@code lang}
 * @param teaserLanguage the same for the teaser
 */
public record ArticleTeaser(ArticleId id, String slug, String path, String title, String teaser, Instant publishedAt,
		String titleLanguage, String teaserLanguage) {
}
