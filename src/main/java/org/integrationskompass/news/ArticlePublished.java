package org.integrationskompass.news;

import java.time.Instant;

/**
 * An article became public: at once when an editor publishes it, or at its scheduled time. Published once per
 * article, never again on edits or after it was unpublished and published again.
 */
public record ArticlePublished(ArticleId id, Instant publishedAt) {
}
