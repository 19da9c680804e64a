package org.integrationskompass.news;

import java.time.Instant;
import java.util.Set;
import org.integrationskompass.news.domain.ArticleDetails;
import org.integrationskompass.news.domain.ArticleKind;
import org.integrationskompass.news.domain.NewsTopic;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** Test articles owned by the news module. */
public final class NewsFixtures {

	/** The smallest valid PNG (1×1 pixel). */
	public static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	private NewsFixtures() {
	}

	public static ArticleDetails article(String title, @Nullable Instant publishAt, @Nullable Instant unpublishAt) {
		return new ArticleDetails(LocalizedText.german(title).with("en", title + " (English)"),
				LocalizedText.german("Kurz gesagt: " + title), LocalizedText.german("<p>Der Text zu " + title + ".</p>"),
				"Redaktion", ArticleKind.NEWS, Set.of(NewsTopic.LANGUAGE_EDUCATION), publishAt, unpublishAt);
	}
}
