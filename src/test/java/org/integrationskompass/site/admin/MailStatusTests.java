package org.integrationskompass.site.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailStatusTests {

	@Test
	void tellsEditorsWhenTheMailJobHasGivenUp() {
		assertThat(MailStatus.of(false, true, true)).isEqualTo(MailStatus.FAILED);
		assertThat(MailStatus.of(false, true, false)).isEqualTo(MailStatus.PENDING);
	}

	@Test
	void aSentOrUnwantedMailIsNeverReportedAsFailed() {
		assertThat(MailStatus.of(true, true, true)).isEqualTo(MailStatus.SENT);
		assertThat(MailStatus.of(false, false, true)).isEqualTo(MailStatus.NOT_REQUESTED);
	}
}
