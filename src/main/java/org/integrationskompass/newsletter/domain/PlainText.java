package org.integrationskompass.newsletter.domain;

import java.util.ArrayList;
import java.util.regex.Pattern;
import org.integrationskompass.shared.domain.HtmlText;

/** Sanitised rich text as readable plain text: one paragraph per block, list items with a dash, lines of 72. */
public final class PlainText {

	private static final Pattern BLOCK = Pattern.compile("(?i)<(?:/p|br\\s*/?|/li|/h[34]|/blockquote|/ul|/ol)>");

	private static final Pattern ITEM = Pattern.compile("(?i)<li>");

	private PlainText() {
	}

	public static String of(String html) {
		var blocks = new ArrayList<String>();
		for (var block : BLOCK.split(ITEM.matcher(html).replaceAll("<li>- "))) {
			var text = HtmlText.plain(block);
			if (!text.isBlank()) {
				blocks.add(wrap(text, 72));
			}
		}
		return String.join("\n\n", blocks);
	}

	static String wrap(String text, int width) {
		var out = new StringBuilder();
		var line = 0;
		for (var word : text.split(" ")) {
			if (line > 0 && line + 1 + word.length() > width) {
				out.append('\n');
				line = 0;
			}
			else if (line > 0) {
				out.append(' ');
				line++;
			}
			out.append(word);
			line += word.length();
		}
		return out.toString();
	}
}
