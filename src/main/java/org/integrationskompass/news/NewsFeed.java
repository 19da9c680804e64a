package org.integrationskompass.news;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The news for other modules: only articles that are published at this moment (scheduled publish and unpublish
 * respected), in the requested language with German as fallback.
 * <p>
 * Placeholder until the news module lands: both methods answer as if there were no articles.
 */
@Service
public class NewsFeed {

	/** The newest published articles, newest first. */
	public List<ArticleTeaser> findLatest(int limit, Locale locale) {
		return List.of();
	}

	/** One published article; empty when it does not exist or is not public now. */
	public Optional<ArticleContent> findPublished(ArticleId id, Locale locale) {
		return Optional.empty();
	}
}
