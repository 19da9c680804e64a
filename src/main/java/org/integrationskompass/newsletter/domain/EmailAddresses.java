package org.integrationskompass.newsletter.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks an address typed into the subscription form. Stricter than RFC 5322 on purpose: no quoted local parts,
 * comments, IP literals or whitespace, no control characters (a CR/LF would let an attacker add mail headers), at
 * most 254 characters, and a domain with a top-level domain. Every address a person actually uses passes.
 */
public final class EmailAddresses {

	private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

	private EmailAddresses() {
	}

	/** The address in a normal form (domain in lower case), or empty when it is not acceptable. */
	public static Optional<String> normalise(String typed) {
		var address = typed.strip();
		if (address.isEmpty() || address.length() > 254 || address.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
			return Optional.empty();
		}
		var at = address.lastIndexOf('@');
		if (at <= 0 || at != address.indexOf('@') || at == address.length() - 1) {
			return Optional.empty();
		}
		var local = address.substring(0, at);
		var domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
		if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
			return Optional.empty();
		}
		var labels = domain.split("\\.", -1);
		if (labels.length < 2 || !labels[labels.length - 1].matches("[a-z]{2,63}|xn--[a-z0-9-]{1,59}")) {
			return Optional.empty();
		}
		for (var label : labels) {
			if (!LABEL.matcher(label).matches()) {
				return Optional.empty();
			}
		}
		return Optional.of(local + "@" + domain);
	}
}
