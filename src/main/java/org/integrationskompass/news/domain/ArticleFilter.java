package org.integrationskompass.news.domain;

import org.jspecify.annotations.Nullable;

/** What a reader narrows the news to; null means "any". */
public record ArticleFilter(@Nullable NewsTopic topic, @Nullable ArticleKind kind, @Nullable Integer year) {

	public static ArticleFilter none() {
		return new ArticleFilter(null, null, null);
	}

	public boolean isEmpty() {
		return topic == null && kind == null && year == null;
	}
}
