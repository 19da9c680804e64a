package org.integrationskompass.site.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.integrationskompass.shared.domain.HtmlText;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.site.domain.PageContent;

/**
 * A plain difference of two versions for editors: per text and language, the paragraphs as text (no markup), each
 * marked as kept, removed or added, found with a longest-common-subsequence match. Texts without any change are left
 * out.
 */
final class VersionComparison {

	private static final List<String> LANGUAGES = List.of("de", "en", "ar");

	private VersionComparison() {
	}

	static List<Section> of(PageContent older, PageContent newer) {
		var sections = new ArrayList<Section>();
		for (var language : LANGUAGES) {
			add(sections, "title", language, older.title(), newer.title(), false);
			add(sections, "summary", language, older.summary(), newer.summary(), false);
			add(sections, "body", language, older.body(), newer.body(), true);
		}
		return sections;
	}

	private static void add(List<Section> sections, String field, String language, LocalizedText older,
			LocalizedText newer, boolean html) {
		var before = paragraphs(older.get(language).orElse(""), html);
		var after = paragraphs(newer.get(language).orElse(""), html);
		if (!before.equals(after)) {
			sections.add(new Section(field, language, diff(before, after)));
		}
	}

	static List<String> paragraphs(String text, boolean html) {
		var parts = html ? text.split("(?i)</(p|li|h2|h3|h4|blockquote)>|<br\\s*/?>") : text.split("\\R");
		return Arrays.stream(parts).map(part -> html ? HtmlText.plain(part) : part.strip())
			.filter(part -> !part.isEmpty()).toList();
	}

	static List<Line> diff(List<String> before, List<String> after) {
		if ((long) before.size() * after.size() > 1_000_000) {
			// Thousands of paragraphs on both sides: the table would not fit in memory, so show old and new in full.
			var lines = new ArrayList<Line>();
			before.forEach(text -> lines.add(new Line(Change.REMOVED, text)));
			after.forEach(text -> lines.add(new Line(Change.ADDED, text)));
			return lines;
		}
		var common = new int[before.size() + 1][after.size() + 1];
		for (var i = before.size() - 1; i >= 0; i--) {
			for (var j = after.size() - 1; j >= 0; j--) {
				common[i][j] = before.get(i).equals(after.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		var lines = new ArrayList<Line>();
		int i = 0;
		int j = 0;
		while (i < before.size() && j < after.size()) {
			if (before.get(i).equals(after.get(j))) {
				lines.add(new Line(Change.KEPT, before.get(i)));
				i++;
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				lines.add(new Line(Change.REMOVED, before.get(i++)));
			}
			else {
				lines.add(new Line(Change.ADDED, after.get(j++)));
			}
		}
		while (i < before.size()) {
			lines.add(new Line(Change.REMOVED, before.get(i++)));
		}
		while (j < after.size()) {
			lines.add(new Line(Change.ADDED, after.get(j++)));
		}
		return lines;
	}

	/** The changes of one text in one language. */
	record Section(String field, String language, List<Line> lines) {
	}

	record Line(Change change, String text) {
	}

	enum Change {
		KEPT, REMOVED, ADDED
	}
}
