package org.integrationskompass.shared.domain;

import java.util.List;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * Rich text entered by staff and providers (offer descriptions and the like): a small set of structural elements and links, nothing that can run a
 * script, style the page or load anything. Everything that reaches the database went through {@link #sanitise}.
 */
public final class HtmlText {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "h3", "h4", "blockquote")
		.allowElements("a")
		.allowUrlProtocols("https", "http", "mailto", "tel")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("noopener", "noreferrer", "nofollow")
		.toFactory();

	/** The same, plus second-level headings: for whole pages, whose sections sit directly under the page title. */
	private static final PolicyFactory WITH_SECTIONS = POLICY.and(new HtmlPolicyBuilder().allowElements("h2").toFactory());

	private HtmlText() {
	}

	/** Keeps the allowed elements and drops everything else, including the content of scripts and styles. */
	public static String sanitise(String html) {
		return POLICY.sanitize(html).strip();
	}

	/** Like {@link #sanitise}, but keeps {@code h2} headings: for editable pages (site module), not for teasers. */
	public static String sanitiseWithSections(String html) {
		return WITH_SECTIONS.sanitize(html).strip();
	}

	/** The text of the HTML without any markup, with entities decoded: for the search index and summaries. */
	public static String plain(String html) {
		var text = new StringBuilder();
		HtmlSanitizer.sanitize(html, new HtmlSanitizer.Policy() {
			@Override
			public void openDocument() {
			}

			@Override
			public void closeDocument() {
			}

			@Override
			public void openTag(String elementName, List<String> attrs) {
				text.append(' ');
			}

			@Override
			public void closeTag(String elementName) {
				text.append(' ');
			}

			@Override
			public void text(String textChunk) {
				text.append(textChunk);
			}
		});
		return text.toString().replaceAll("\\s+", " ").strip();
	}
}
