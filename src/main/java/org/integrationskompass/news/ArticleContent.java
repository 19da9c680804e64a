package org.integrationskompass.news;

import java.time.Instant;
import java.util.List;

/**
 * The full text of a published article for other modules, e.g. to copy it into a newsletter issue.
 *
 * @param bodyHtml the body as sanitised HTML (only the tags the news editor allows)
 */
public record ArticleContent(ArticleId id, String slug, String path, String title, String teaser, String bodyHtml,
		String author, Instant publishedAt, List<ArticleImage> images) {

	public ArticleContent {
		images = List.copyOf(images);
	}
}
