package org.integrationskompass.site.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The rules for a link's address: an absolute http or https URL with a host and without user name or password. */
public final class LinkAddress {

	public static final int MAX_LENGTH = 2000;

	private LinkAddress() {
	}

	/** Why an address is refused; null when it is fine. */
	public static @Nullable Problem check(String url) {
		var text = url.strip();
		if (text.length() > MAX_LENGTH) {
			return Problem.TOO_LONG;
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException unreadable) {
			return Problem.INVALID;
		}
		var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!uri.isAbsolute()) {
			return Problem.INVALID;
		}
		if (!scheme.equals("http") && !scheme.equals("https")) {
			// javascript:, data:, file:, ftp:, mailto: … would run code or leave the web from a click on the links page.
			return Problem.NOT_HTTP;
		}
		if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
			return Problem.INVALID;
		}
		return null;
	}

	public enum Problem {
		INVALID, NOT_HTTP, TOO_LONG;

		public String messageKey() {
			return "site.admin.links.url." + name();
		}
	}
}
