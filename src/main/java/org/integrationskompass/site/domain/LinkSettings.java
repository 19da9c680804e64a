package org.integrationskompass.site.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the link checker ({@code platform.site.links.*}).
 *
 * @param checkInterval how often each link is requested
 * @param checkPoll how often the checker looks for links that are due (the {@code @Scheduled} delay reads the same
 *        property)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for the answer once connected
 * @param maxRedirects how many redirects are followed before a link counts as broken
 * @param batchSize how many links one run checks at most
 * @param allowPrivateAddresses whether links to loopback, private and link-local addresses may be requested; off in
 *        production so that an editor's link can never make the server probe its own network (SSRF). Only the tests
 *        switch it on, to reach their local server.
 */
@ConfigurationProperties("platform.site.links")
public record LinkSettings(@DefaultValue("P1D") Duration checkInterval, @DefaultValue("PT5M") Duration checkPoll,
		@DefaultValue("PT5S") Duration connectTimeout, @DefaultValue("PT10S") Duration readTimeout,
		@DefaultValue("5") int maxRedirects, @DefaultValue("25") int batchSize,
		@DefaultValue("false") boolean allowPrivateAddresses) {
}
