package org.integrationskompass.newsletter.domain;

import java.time.LocalDate;

/** The parts of an issue in one language, plus the language-neutral facts; HTML parts are sanitised on save. */
public record IssueText(int number, int year, LocalDate publishedOn, String title, String editorialHtml,
		String editorialSigner, String editorialRole, String columnTitle, String columnHtml, String quote,
		String quoteBy, String publisher, String responsible, String editors, String contact) {
}
