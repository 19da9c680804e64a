package org.integrationskompass.conference.admin;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A new member: an organisation of the directory or, for a body that is not there, a name. */
record MemberForm(@Nullable String organisationId,
		@Size(max = 300, message = "{validation.tooLong}") @Nullable String name) {

	static MemberForm empty() {
		return new MemberForm("", "");
	}
}
