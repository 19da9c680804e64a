package org.integrationskompass.accounts.security;

import java.time.Duration;

/**
 * Handed (as a request attribute) from the throttle to the page that tells the visitor to wait; that page answers
 * only requests that carry it.
 *
 * @param retryAfter until the next attempt may be made
 */
public record SignInThrottled(Duration retryAfter) {

	public static final String ATTRIBUTE = SignInThrottled.class.getName();

	/** Where a refused sign-in is forwarded to; not a page of its own. */
	public static final String PAGE = "/anmelden/zu-viele-versuche";

	public long minutes() {
		return Throttle.minutes(retryAfter);
	}
}
