package org.integrationskompass.news.domain;

import java.util.Arrays;
import java.util.Optional;

/** A news item of the office or a press release of the ministry; the message key is {@code news.kind.<NAME>}. */
public enum ArticleKind {

	NEWS("meldung"), PRESS_RELEASE("pressemitteilung");

	private final String slug;

	ArticleKind(String slug) {
		this.slug = slug;
	}

	/** The value of the list's {@code art} filter. */
	public String slug() {
		return slug;
	}

	public String messageKey() {
		return "news.kind." + name();
	}

	public static Optional<ArticleKind> ofSlug(String slug) {
		return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
	}
}
