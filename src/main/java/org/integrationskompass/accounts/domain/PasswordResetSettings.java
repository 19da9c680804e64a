package org.integrationskompass.accounts.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Password reset by mailed link.
 *
 * @param validity how long a link may be used
 * @param requestsPerAccount link requests per typed address within {@code requestWindow} (no mail bombing)
 * @param requestsPerAddress link requests per client address (IPv6: per /64) within {@code requestWindow}
 * @param requestWindow the period those counts refill after
 * @param retention how long a used or expired link is kept (so that it can be told "used" rather than "unknown")
 * before it is deleted
 */
@ConfigurationProperties("platform.accounts.password-reset")
public record PasswordResetSettings(@DefaultValue("PT30M") Duration validity,
		@DefaultValue("3") int requestsPerAccount, @DefaultValue("10") int requestsPerAddress,
		@DefaultValue("PT1H") Duration requestWindow, @DefaultValue("P1D") Duration retention) {
}
