package org.integrationskompass.events.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A message from the organisers to everyone registered; sent as plain text, in one language as written. */
record MessageForm(
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") @Nullable String subject,
		@NotBlank(message = "{validation.required}") @Size(max = 5000, message = "{validation.tooLong}") @Nullable String body,
		@Nullable Boolean includingWaitingList) {

	static MessageForm empty() {
		return new MessageForm("", "", false);
	}
}
