package org.integrationskompass.news.domain;

import java.time.Instant;
import java.util.Set;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * What an editor writes about an article. The bodies are HTML as typed; {@link NewsAdministration} sanitises them
 * before they are stored.
 *
 * @param publishAt when the article becomes public; null keeps it a draft
 * @param unpublishAt when it stops being public; null keeps it public; must lie after {@code publishAt}
 */
public record ArticleDetails(LocalizedText title, LocalizedText teaser, LocalizedText body, String author,
		ArticleKind kind, Set<NewsTopic> topics, @Nullable Instant publishAt, @Nullable Instant unpublishAt) {

	public ArticleDetails {
		topics = Set.copyOf(topics);
		if (unpublishAt != null && (publishAt == null || !unpublishAt.isAfter(publishAt))) {
			throw new IllegalArgumentException("An article is unpublished after it is published");
		}
	}
}
