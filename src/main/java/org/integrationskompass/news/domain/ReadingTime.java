package org.integrationskompass.news.domain;

import org.integrationskompass.shared.domain.HtmlText;

/**
 * Reading time of an article body: its words at 200 words a minute (a common figure for reading German on a
 * screen), rounded up, never less than one minute, so that even a short notice says "1 min".
 */
public final class ReadingTime {

	static final int WORDS_PER_MINUTE = 200;

	private ReadingTime() {
	}

	public static int minutes(String html) {
		var text = HtmlText.plain(html);
		var words = text.isBlank() ? 0 : text.split("\\s+").length;
		return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
	}
}
