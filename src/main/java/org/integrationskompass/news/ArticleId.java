package org.integrationskompass.news;

import java.util.UUID;

/** Identifies a news article. */
public record ArticleId(UUID value) {

	public static ArticleId random() {
		return new ArticleId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
