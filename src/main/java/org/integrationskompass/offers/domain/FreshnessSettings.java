package org.integrationskompass.offers.domain;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When offers are reminded and paused (issue #7). The job's own rhythm ({@code check-interval}, {@code mail-retry})
 * is read by its {@code @Scheduled} annotations.
 *
 * @param reminderAfter how long after the last confirmation the provider gets the reminder
 * @param pauseAfter how long after the last confirmation an unconfirmed offer is paused (12 months and 30 days)
 * @param currentFor how recent a confirmation must be for the dashboard to count an offer as current
 * @param lease how long an instance holds a reminder it is sending before another may try it
 */
@ConfigurationProperties("platform.offers.freshness")
public record FreshnessSettings(@DefaultValue("P11M") Period reminderAfter, @DefaultValue("P12M30D") Period pauseAfter,
		@DefaultValue("P12M") Period currentFor, @DefaultValue("PT15M") Duration lease) {
}
