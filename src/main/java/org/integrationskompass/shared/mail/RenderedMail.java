package org.integrationskompass.shared.mail;

import java.util.Map;

/**
 * A mail rendered and ready to send.
 *
 * @param headers extra header fields, e.g. {@code List-Unsubscribe}; values must not contain line breaks
 */
public record RenderedMail(String to, String subject, String text, String html, Map<String, String> headers) {

	public RenderedMail {
		headers = checked(headers);
	}

	/** An unmodifiable copy of extra header fields; refuses values with line breaks (header injection). */
	static Map<String, String> checked(Map<String, String> headers) {
		var copy = Map.copyOf(headers);
		for (var value : copy.values()) {
			if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
				throw new IllegalArgumentException("A header value must not contain a line break");
			}
		}
		return copy;
	}

	public RenderedMail withRecipient(String to, String text, String html, Map<String, String> headers) {
		return new RenderedMail(to, subject, text, html, headers);
	}
}
