package org.integrationskompass.events.domain;

import java.util.List;

/** Mails were written to the outbox in the current transaction; after its commit they can be sent at once. */
public record RegistrationMailQueued(List<Long> mailIds) {

	public RegistrationMailQueued {
		mailIds = List.copyOf(mailIds);
	}
}
