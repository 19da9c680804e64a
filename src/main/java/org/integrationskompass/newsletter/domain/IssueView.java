package org.integrationskompass.newsletter.domain;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.domain.TextDirection;
import org.jspecify.annotations.Nullable;

/**
 * An issue as one reader gets it: every part in their language, German where a part has no variant. The HTML parts
 * were sanitised when they were saved.
 */
public record IssueView(long id, String label, int number, int year, String language, String title, String date,
		String editorialHtml, String editorialSigner, String editorialRole, List<ArticleView> articles,
		String columnTitle, String columnHtml, String quote, String quoteBy, String publisher, String responsible,
		String editors, String contact, Map<String, String> fallbacks) {

	/**
	 * The language of a part shown in German because it has no variant in the reader's language (for {@code lang}
	 * on that part: screen readers then pronounce it as German), or null when the part is in the reader's language.
	 *
	 * @param part {@code title}, {@code editorial}, {@code editorialRole}, {@code columnTitle}, {@code column},
	 *        {@code quote}, {@code publisher}, {@code editors} or {@code contact}
	 */
	public @Nullable String fallback(String part) {
		return fallbacks.get(part);
	}

	/** The writing direction of a part shown in German, or null (see {@link #fallback}). */
	public @Nullable String fallbackDirection(String part) {
		return fallbacks.containsKey(part) ? TextDirection.of(fallbacks.get(part)) : null;
	}

	/**
	 * @param imagePath path of the image (for mail and web view)
	 * @param fallbacks parts ({@code title}, {@code body}, {@code imageAlt}, {@code imageCaption}) shown in German
	 */
	public record ArticleView(long id, String anchor, String title, String bodyHtml, boolean hasImage,
			String imagePath, String imageAlt, String imageCaption, String imageCredit, Map<String, String> fallbacks) {

		public @Nullable String fallback(String part) {
			return fallbacks.get(part);
		}

		public @Nullable String fallbackDirection(String part) {
			return fallbacks.containsKey(part) ? TextDirection.of(fallbacks.get(part)) : null;
		}
	}

	public static IssueView of(NewsletterIssue issue, List<IssueArticle> articles, String language) {
		var locale = Locale.forLanguageTag(language);
		var date = issue.publishedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		var fallbacks = fallbacks(language, Map.of("title", issue.title(), "editorial", issue.editorial(),
				"editorialRole", issue.editorialRole(), "columnTitle", issue.columnTitle(), "column",
				issue.columnBody(), "quote", issue.quote(), "publisher", issue.publisher(), "editors", issue.editors(),
				"contact", issue.contact()));
		return new IssueView(issue.id(), issue.label(), issue.number(), issue.year(), language,
				text(issue.title(), language), date, text(issue.editorial(), language), issue.editorialSigner(),
				text(issue.editorialRole(), language),
				articles.stream().map(article -> new ArticleView(article.id(), "artikel-" + article.position(),
						text(article.title(), language), text(article.body(), language), article.hasImage(),
						"/integrationsbrief/bilder/" + article.id(), text(article.imageAlt(), language),
						text(article.imageCaption(), language), article.imageCredit(),
						fallbacks(language, Map.of("title", article.title(), "body", article.body(), "imageAlt",
								article.imageAlt(), "imageCaption", article.imageCaption()))))
					.toList(),
				text(issue.columnTitle(), language), text(issue.columnBody(), language), text(issue.quote(), language),
				issue.quoteBy(), text(issue.publisher(), language), issue.responsible(), text(issue.editors(), language),
				text(issue.contact(), language), fallbacks);
	}

	/** The parts that have no text in the reader's language but a German one. */
	private static Map<String, String> fallbacks(String language, Map<String, LocalizedText> parts) {
		if (language.equals(LocalizedText.GERMAN)) {
			return Map.of();
		}
		var fallbacks = new HashMap<String, String>();
		parts.forEach((part, text) -> {
			if (text.get(language).isEmpty() && text.get(LocalizedText.GERMAN).isPresent()) {
				fallbacks.put(part, LocalizedText.GERMAN);
			}
		});
		return Map.copyOf(fallbacks);
	}

	private static String text(LocalizedText text, String language) {
		return text.get(language).or(() -> text.get(LocalizedText.GERMAN)).orElse("");
	}
}
