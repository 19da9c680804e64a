package org.integrationskompass.newsletter.demo;

import java.time.LocalDate;
import org.integrationskompass.newsletter.domain.IssueEditing;
import org.integrationskompass.newsletter.domain.IssueRepository;
import org.integrationskompass.newsletter.domain.IssueSending;
import org.integrationskompass.newsletter.domain.IssueText;
import org.integrationskompass.shared.demo.DemoContent;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Two past issues for the archive (sent to nobody: the demo has no subscribers, so their PDFs are made and they
 * count as sent at once). The first retells, in our own words, facts of a real issue: a retail training with built-in
 * language support whose participants all passed. Fills only an empty issue table.
 */
@Component
@DemoContent
@Order(700)
class DemoIssues implements ApplicationRunner {

	private final IssueRepository issues;

	private final IssueEditing editing;

	private final IssueSending sending;

	DemoIssues(IssueRepository issues, IssueEditing editing, IssueSending sending) {
		this.issues = issues;
		this.editing = editing;
		this.sending = sending;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (issues.count() > 0) {
			return;
		}
		var first = editing.create("de", new IssueText(41, 2021, LocalDate.of(2021, 11, 15),
				"Sprache und Beruf gehören zusammen",
				"<p>Liebe Leserinnen und Leser,</p><p>Integration gelingt jeden Tag: im Betrieb, im Sportverein, in der"
						+ " Nachbarschaft. In dieser Ausgabe stellen wir ein Projekt vor, das Ausbildung und Deutschlernen"
						+ " verbindet, und Menschen, die andere beim Ankommen begleiten.</p>",
				"Beispiel-Ministerin", "Ministerin für Soziales und Integration (Demo)", "Aus der Praxis",
				"<p>Wer eine Lotsin fragt, was sie antreibt, hört oft: Ich wurde selbst einmal begleitet.</p>",
				"Sprache öffnet Türen, Arbeit hält sie offen.", "Teilnehmerin eines Kurses (Demo)",
				"Ministerium für Soziales und Integration", "Pressestelle (Demo)", "Redaktion Integrationsbrief",
				"integrationsbrief@example.org"));
		editing.edit(first.id(), "en", new IssueText(41, 2021, LocalDate.of(2021, 11, 15),
				"Language and work belong together",
				"<p>Dear readers,</p><p>Integration succeeds every day: at work, in sports clubs, among neighbours. This"
						+ " issue presents a project that combines vocational training with learning German.</p>",
				"Beispiel-Ministerin", "Minister for Social Affairs and Integration (demo)", "From practice",
				"<p>Ask an integration guide what drives her and you often hear: I was accompanied once myself.</p>",
				"Language opens doors, work keeps them open.", "Teilnehmerin eines Kurses (Demo)", "Ministry for Social"
						+ " Affairs and Integration", "Pressestelle (Demo)", "Integrationsbrief editors",
				"integrationsbrief@example.org"));
		editing.addArticle(first.id(), "de", "Berufsabschluss mit Sprachförderung",
				"<p>In Frankfurt haben acht Menschen, die lange ohne Arbeit waren, eine Teilzeitausbildung im Einzelhandel"
						+ " abgeschlossen – alle mit Erfolg. Deutschunterricht war fester Teil der Ausbildung, denn im"
						+ " Verkauf zählt die Fachsprache im Gespräch mit der Kundschaft.</p><p>Das Land unterstützte das"
						+ " Projekt „Handel im Wandel“ aus dem Programm „Kompetenzen entwickeln, Perspektiven eröffnen“"
						+ " mit etwa 720.000 Euro.</p>", "", "", "", null, null);
		sending.start(first.id());
		var second = editing.create("de", new IssueText(1, 2026, LocalDate.of(2026, 3, 2),
				"Lotsinnen und Lotsen im ganzen Land",
				"<p>Liebe Leserinnen und Leser,</p><p>ehrenamtliche Lotsinnen und Lotsen begleiten Neuangekommene zu"
						+ " Ämtern, Schulen und Ärzten. Wir danken allen, die sich dafür Zeit nehmen.</p>",
				"Beispiel-Ministerin", "Ministerin für Soziales und Integration (Demo)", "Kolumne",
				"<p>Ein Netzwerktreffen zeigt: Am meisten wünschen sich die Projekte einen Überblick, wer wo schon"
						+ " begleitet.</p>", "Ankommen braucht Menschen, nicht nur Formulare.", "Ein Lotse (Demo)",
				"Ministerium für Soziales und Integration", "Pressestelle (Demo)", "Redaktion Integrationsbrief",
				"integrationsbrief@example.org"));
		sending.start(second.id());
	}
}
