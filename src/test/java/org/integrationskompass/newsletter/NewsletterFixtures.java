package org.integrationskompass.newsletter;

import java.time.LocalDate;
import org.integrationskompass.newsletter.domain.IssueEditing;
import org.integrationskompass.newsletter.domain.IssueText;
import org.integrationskompass.newsletter.domain.NewsletterIssue;

/** Issues for tests: German with an English variant of every part. */
final class NewsletterFixtures {

	private NewsletterFixtures() {
	}

	static NewsletterIssue issue(IssueEditing editing, int number, String germanTitle, String englishTitle) {
		var issue = editing.create("de", new IssueText(number, 2026, LocalDate.of(2026, 12, 3), germanTitle,
				"<p>Liebe Leserinnen und Leser,</p><p>willkommen.</p><script>alert(1)</script>", "Dr. Beispiel",
				"Ministerin", "Aus der Praxis", "<p>Die Kolumne.</p>", "Vielfalt ist Alltag.", "Eine Lotsin",
				"Ministerium", "Pressestelle", "Redaktion", "brief@example.org"));
		editing.edit(issue.id(), "en", new IssueText(number, 2026, LocalDate.of(2026, 12, 3), englishTitle,
				"<p>Dear readers,</p><ul><li>first point</li><li>second point</li></ul>", "Dr. Beispiel", "Minister",
				"From practice", "<p>The column.</p>", "Diversity is everyday life.", "Eine Lotsin", "Ministry",
				"Pressestelle", "Editors", "brief@example.org"));
		editing.addArticle(issue.id(), "de", "Lotsinnen im Einsatz",
				"<p>Ein Bericht <a href=\"javascript:alert(1)\">mit</a> Link.</p><img src=x onerror=alert(1)>", "", "",
				"", null, null);
		return issue;
	}
}
