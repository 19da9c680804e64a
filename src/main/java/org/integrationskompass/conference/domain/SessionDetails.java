package org.integrationskompass.conference.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.integrationskompass.shared.domain.LocalizedText;
import org.jspecify.annotations.Nullable;

/** What staff enter about a session; the working group is set for working-group sessions only. */
public record SessionDetails(SessionKind kind, @Nullable UUID workingGroupId, LocalizedText title, Instant startsAt,
		Instant endsAt, String place, List<LocalizedText> agenda, LocalizedText minutes) {

	public SessionDetails {
		agenda = List.copyOf(agenda);
	}
}
