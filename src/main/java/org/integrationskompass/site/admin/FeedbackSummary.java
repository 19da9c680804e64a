package org.integrationskompass.site.admin;

import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

record FeedbackSummary(long id, ZonedDateTime receivedAt, @Nullable String page, String message,
		@Nullable String senderName, @Nullable String senderEmail, String language, MailStatus officeMail,
		MailStatus confirmation, int mailAttempts) {

	/** Plain digits for message arguments, which would otherwise group them ("1.234"). */
	public String number() {
		return Long.toString(id);
	}
}
