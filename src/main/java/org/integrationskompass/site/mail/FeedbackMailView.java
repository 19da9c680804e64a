package org.integrationskompass.site.mail;

import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the feedback mail templates show; every value is printed escaped (th:text), never as markup. */
record FeedbackMailView(long id, ZonedDateTime receivedAt, String message, @Nullable String page,
		@Nullable String senderName, @Nullable String senderEmail, String language) {

	/** The reference number as plain digits: as a message argument a number would be grouped ("1.234") or localised. */
	public String number() {
		return Long.toString(id);
	}

	/** The message line by line, so the HTML part keeps the sender's line breaks without markup or styles. */
	public List<String> messageLines() {
		return message.lines().toList();
	}
}
