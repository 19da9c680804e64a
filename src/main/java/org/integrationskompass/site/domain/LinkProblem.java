package org.integrationskompass.site.domain;

/** Why the checker counts a link as broken; each has a message for editors ({@code site.links.problem.*}). */
public enum LinkProblem {
	/** The server answered with a 4xx or 5xx status. */
	HTTP_STATUS,
	/** No connection within the connect timeout. */
	CONNECT_TIMEOUT,
	/** Connected, but no answer within the read timeout. */
	READ_TIMEOUT,
	/** The host name does not resolve. */
	UNKNOWN_HOST,
	/** The connection was refused or reset. */
	CONNECTION_FAILED,
	/** The TLS handshake failed (expired or wrong certificate, old protocol). */
	TLS,
	/** More redirects than allowed, or a redirect back to an address already visited. */
	TOO_MANY_REDIRECTS,
	/** A redirect without a usable target, or to something other than http/https. */
	BAD_REDIRECT,
	/** The address resolves to a private, loopback or link-local network, which the checker never requests. */
	PRIVATE_ADDRESS,
	/** Anything else that went wrong while requesting. */
	OTHER;

	public String messageKey() {
		return "site.links.problem." + name();
	}
}
