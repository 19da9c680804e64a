package org.integrationskompass.newsletter.domain;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.integrationskompass.shared.domain.LocalizedText;

/**
 * An issue as one reader gets it: every part in their language, German where a part has no variant. The HTML parts
 * were sanitised when they were saved.
 */
public record IssueView(long id, String label, int number, int year, String language, String title, String date,
		String editorialHtml, String editorialSigner, String editorialRole, List<ArticleView> articles,
		String columnTitle, String columnHtml, String quote, String quoteBy, String publisher, String responsible,
		String editors, String contact) {

	/** @param imagePath path of the image (for mail and web view) */
	public record ArticleView(long id, String anchor, String title, String bodyHtml, boolean hasImage,
			String imagePath, String imageAlt, String imageCaption, String imageCredit) {
	}

	public static IssueView of(NewsletterIssue issue, List<IssueArticle> articles, String language) {
		var locale = Locale.forLanguageTag(language);
		var date = issue.publishedOn().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		return new IssueView(issue.id(), issue.label(), issue.number(), issue.year(), language,
				text(issue.title(), language), date, text(issue.editorial(), language), issue.editorialSigner(),
				text(issue.editorialRole(), language),
				articles.stream().map(article -> new ArticleView(article.id(), "artikel-" + article.position(),
						text(article.title(), language), text(article.body(), language), article.hasImage(),
						"/integrationsbrief/bilder/" + article.id(), text(article.imageAlt(), language),
						text(article.imageCaption(), language), article.imageCredit())).toList(),
				text(issue.columnTitle(), language), text(issue.columnBody(), language), text(issue.quote(), language),
				issue.quoteBy(), text(issue.publisher(), language), issue.responsible(), text(issue.editors(), language),
				text(issue.contact(), language));
	}

	private static String text(LocalizedText text, String language) {
		return text.get(language).or(() -> text.get(LocalizedText.GERMAN)).orElse("");
	}
}
