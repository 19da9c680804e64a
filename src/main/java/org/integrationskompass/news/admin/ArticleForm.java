package org.integrationskompass.news.admin;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.integrationskompass.news.domain.ArticleKind;
import org.integrationskompass.news.domain.NewsArticle;
import org.integrationskompass.news.domain.PublicNews;
import org.jspecify.annotations.Nullable;

/**
 * The back-office form of an article in one language: its title, teaser and body in that language, and what all
 * languages share (author, kind, fields of action, publication window). Everything is text as typed, so that an
 * unknown value or a wrong date comes back as a message with the input kept; {@link ArticleAdminController} parses
 * and checks what Bean Validation cannot. Times are the office's (Europe/Berlin), as {@code datetime-local} sends
 * them.
 */
record ArticleForm(
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String title,
		@Size(max = 1000, message = "{validation.tooLong}") @Nullable String teaser,
		@Nullable String body,
		@Size(max = 200, message = "{validation.tooLong}") @Nullable String author,
		@Nullable String kind,
		@Nullable List<String> topics,
		@Nullable String publishAt,
		@Nullable String unpublishAt) {

	static final List<String> FIELDS = List.of("title", "teaser", "body", "author", "kind", "topics", "publishAt",
			"unpublishAt");

	static ArticleForm empty() {
		return new ArticleForm("", "", "", "", ArticleKind.NEWS.name(), List.of(), "", "");
	}

	static ArticleForm of(NewsArticle article, String language) {
		return new ArticleForm(article.title().get(language).orElse(""), article.teaser().get(language).orElse(""),
				article.body().get(language).orElse(""), article.author(), article.kind().name(),
				article.topics().stream().sorted().map(Enum::name).toList(), local(article.publishAt()),
				local(article.unpublishAt()));
	}

	/** The value a {@code datetime-local} field shows for {@code instant}: minutes in the office's time zone. */
	static String local(@Nullable Instant instant) {
		return instant == null ? ""
				: LocalDateTime.ofInstant(instant, PublicNews.OFFICE_ZONE).truncatedTo(ChronoUnit.MINUTES).toString();
	}

	public List<String> chosenTopics() {
		return topics == null ? List.of() : topics;
	}

	static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}
}
