package org.integrationskompass.newsletter.domain;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the newsletter (README "Newsletter").
 *
 * @param confirmValidity how long a confirmation link works
 * @param unconfirmedRetention after this, requests never confirmed are deleted
 * @param unsubscribedRetention after this, unsubscribed addresses are deleted (kept until then only to answer
 * questions about the unsubscription)
 * @param storeIp whether the consent trail keeps the requesting IP address
 * @param consentVersion version label of the consent text ({@code newsletter.subscribe.consent.text}); change it
 * with the text
 * @param batchSize subscribers per batch; a crash re-sends at most one batch
 * @param messagesPerSecond upper limit of the sending rate; 0 for none
 * @param lease how long a sending instance holds a run without renewing it; another instance takes over after it
 * @param bounceSecret shared secret the bounce webhook must send in {@code X-Bounce-Secret}; empty refuses all
 * @param softBounceThreshold soft bounces (counted at most once a day) that disable an address
 * @param subscribesPerHour subscription requests per hour from one network address and for one email address
 */
@ConfigurationProperties("platform.newsletter")
public record NewsletterSettings(@DefaultValue("PT48H") Duration confirmValidity,
		@DefaultValue("P7D") Duration unconfirmedRetention, @DefaultValue("P30D") Duration unsubscribedRetention,
		@DefaultValue("false") boolean storeIp, @DefaultValue("2026-12") String consentVersion,
		@DefaultValue("200") int batchSize, @DefaultValue("100") int messagesPerSecond,
		@DefaultValue("PT1M") Duration lease, @DefaultValue("") String bounceSecret,
		@DefaultValue("3") int softBounceThreshold, @DefaultValue("10") int subscribesPerHour,
		@DefaultValue("Hessisches Ministerium für Soziales und Integration") String publisher,
		@DefaultValue("Pressestelle") String responsible, @DefaultValue("Redaktion Integrationsbrief") String editors,
		@DefaultValue("integrationsbrief@example.org") String contact) {

	public NewsletterSettings {
		if (batchSize < 1 || batchSize > 5_000) {
			throw new IllegalArgumentException("platform.newsletter.batch-size must be between 1 and 5000");
		}
	}
}
