package org.integrationskompass.newsletter.admin;

import org.integrationskompass.newsletter.domain.IssueText;
import org.integrationskompass.newsletter.domain.NewsletterIssue;
import org.jspecify.annotations.Nullable;

/** The compose form: the language-neutral facts and the parts in one language; numbers stay text as typed. */
record IssueForm(@Nullable String number, @Nullable String year, @Nullable String publishedOn, @Nullable String title,
		@Nullable String editorial, @Nullable String editorialSigner, @Nullable String editorialRole,
		@Nullable String columnTitle, @Nullable String column, @Nullable String quote, @Nullable String quoteBy,
		@Nullable String publisher, @Nullable String responsible, @Nullable String editors, @Nullable String contact) {

	static IssueForm of(IssueText text) {
		return new IssueForm(String.valueOf(text.number()), String.valueOf(text.year()), text.publishedOn().toString(),
				text.title(), text.editorialHtml(), text.editorialSigner(), text.editorialRole(), text.columnTitle(),
				text.columnHtml(), text.quote(), text.quoteBy(), text.publisher(), text.responsible(), text.editors(),
				text.contact());
	}

	static IssueForm of(NewsletterIssue issue, String language) {
		return new IssueForm(String.valueOf(issue.number()), String.valueOf(issue.year()),
				issue.publishedOn().toString(), get(issue.title(), language), get(issue.editorial(), language),
				issue.editorialSigner(), get(issue.editorialRole(), language), get(issue.columnTitle(), language),
				get(issue.columnBody(), language), get(issue.quote(), language), issue.quoteBy(),
				get(issue.publisher(), language), issue.responsible(), get(issue.editors(), language),
				get(issue.contact(), language));
	}

	private static String get(org.integrationskompass.shared.domain.LocalizedText text, String language) {
		return text.get(language).orElse("");
	}

	static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}
}
