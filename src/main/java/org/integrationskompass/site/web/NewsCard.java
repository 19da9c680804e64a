package org.integrationskompass.site.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.integrationskompass.news.ArticleTeaser;
import org.integrationskompass.shared.domain.TextDirection;
import org.jspecify.annotations.Nullable;

/** A news article on the home page, dated as the office counts days. */
record NewsCard(String title, String teaser, String path, LocalDate publishedOn, @Nullable String titleLanguage,
		@Nullable String teaserLanguage) {

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	/** The languages are set only where a text falls back to another language than the page's. */
	static NewsCard of(ArticleTeaser article, Locale locale) {
		return new NewsCard(article.title(), article.teaser(), article.path(),
				LocalDate.ofInstant(article.publishedAt(), OFFICE_ZONE), 
				other(article.titleLanguage(), locale), other(article.teaserLanguage(), locale));
	}

	private static @Nullable String other(String language, Locale locale) {
		return language.equals(locale.getLanguage()) ? null : language;
	}

	public @Nullable String titleDirection() {
		return titleLanguage == null ? null : TextDirection.of(titleLanguage);
	}

	public @Nullable String teaserDirection() {
		return teaserLanguage == null ? null : TextDirection.of(teaserLanguage);
	}
}
