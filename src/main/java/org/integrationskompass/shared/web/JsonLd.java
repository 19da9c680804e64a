package org.integrationskompass.shared.web;

import tools.jackson.databind.json.JsonMapper;

/**
 * Linked data (schema.org) for a page's {@code <script type="application/ld+json">}. The HTML parser ends that element
 * at the first {@code </script>} whatever JSON thinks: so every {@code <}, {@code >} and {@code &} is written as a
 * {@code \}{@code u} escape, which is the same string to a JSON reader and nothing to the HTML parser.
 */
public final class JsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonLd() {
	}

	/** The data as JSON that is safe inside a script element (for {@code th:utext}). */
	public static String script(Object data) {
		return safeForScriptElement(JSON.writeValueAsString(data));
	}

	public static String safeForScriptElement(String json) {
		return json.replace("<", "\\u003c")
			.replace(">", "\\u003e")
			.replace("&", "\\u0026")
			.replace("\u2028", "\\u2028")
			.replace("\u2029", "\\u2029");
	}
}
