package org.integrationskompass.site.admin;

/** Where one of a feedback's mails stands; the names end message keys ({@code site.admin.feedback.mail.SENT}). */
enum MailStatus {

	SENT, PENDING, FAILED, NOT_REQUESTED;

	/** @param retriesOver true once the mail job has stopped retrying (a rejected address, a week of failures) */
	static MailStatus of(boolean sent, boolean wanted, boolean retriesOver) {
		if (!wanted) {
			return NOT_REQUESTED;
		}
		if (sent) {
			return SENT;
		}
		return retriesOver ? FAILED : PENDING;
	}
}
