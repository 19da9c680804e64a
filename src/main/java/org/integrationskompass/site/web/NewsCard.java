package org.integrationskompass.site.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.integrationskompass.news.ArticleTeaser;

/** A news article on the home page, dated as the office counts days. */
record NewsCard(String title, String teaser, String path, LocalDate publishedOn) {

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	static NewsCard of(ArticleTeaser article) {
		return new NewsCard(article.title(), article.teaser(), article.path(),
				LocalDate.ofInstant(article.publishedAt(), OFFICE_ZONE));
	}
}
