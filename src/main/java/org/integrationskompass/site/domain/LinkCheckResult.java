package org.integrationskompass.site.domain;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of requesting a link once.
 *
 * @param finalUrl where the redirects ended (the link itself when there were none)
 * @param status the last HTTP status received, if any
 * @param problem why the link is broken, null when it works
 * @param detail a short technical note for editors (an exception message, the offending redirect), may be empty
 */
public record LinkCheckResult(String finalUrl, @Nullable Integer status, @Nullable LinkProblem problem, String detail) {

	public boolean works() {
		return problem == null;
	}

	static LinkCheckResult ok(String finalUrl, int status) {
		return new LinkCheckResult(finalUrl, status, null, "");
	}

	static LinkCheckResult broken(String url, @Nullable Integer status, LinkProblem problem, @Nullable String detail) {
		var text = detail == null ? "" : detail.strip();
		return new LinkCheckResult(url, status, problem, text.length() > 500 ? text.substring(0, 500) : text);
	}
}
