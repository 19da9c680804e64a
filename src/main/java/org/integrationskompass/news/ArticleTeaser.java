package org.integrationskompass.news;

import java.time.Instant;

/**
 * A published article as other modules list it (home page, newsletter picker), in the reader's language with German
 * as fallback.
 *
 * @param path context-relative path of the article page without language prefix, e.g. {@code /aktuelles/slug}
 */
public record ArticleTeaser(ArticleId id, String slug, String path, String title, String teaser, Instant publishedAt) {
}
