package org.integrationskompass.shared.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sender and office addresses for outgoing mail.
 *
 * @param from the From address of every mail the portal sends
 * @param office where messages meant for the office (accessibility feedback, reports) are delivered
 */
@ConfigurationProperties("platform.mail")
public record MailSettings(@DefaultValue("integrationskompass@localhost") String from,
		@DefaultValue("redaktion@localhost") String office) {
}
