package org.integrationskompass.newsletter.web;

import org.jspecify.annotations.Nullable;

/** The public subscription form; every field may come back empty or hostile. */
record SubscribeForm(@Nullable String email, @Nullable String language, @Nullable Boolean consent) {

	static SubscribeForm empty(String language) {
		return new SubscribeForm("", language, false);
	}
}
