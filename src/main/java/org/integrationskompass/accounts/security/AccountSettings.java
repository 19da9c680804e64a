package org.integrationskompass.accounts.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param initialAdminLogin login name of the administrator created on first start of an empty database
 * @param csrfSecret key for the signed CSRF tokens of anonymous forms; set the same value on every instance
 * when several run behind a load balancer (empty: random per instance)
 * @param signIn how many sign-in attempts may fail before further ones are refused unchecked
 */
@ConfigurationProperties("platform.accounts")
record AccountSettings(@DefaultValue("admin") String initialAdminLogin, @DefaultValue("") String csrfSecret,
		@DefaultValue SignIn signIn) {

	/**
	 * @param failuresPerAccount failed attempts per login name within {@code window}; a successful sign-in starts
	 * the count again
	 * @param failuresPerAddress failed attempts per client address (IPv6: per /64 network) within {@code window},
	 * for all login names together; successful sign-ins do not count
	 * @param window the period the counts refill after
	 */
	record SignIn(@DefaultValue("5") int failuresPerAccount, @DefaultValue("20") int failuresPerAddress,
			@DefaultValue("PT15M") Duration window) {
	}
}
