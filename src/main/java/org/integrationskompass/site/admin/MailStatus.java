package org.integrationskompass.site.admin;

/** Where one of a feedback's mails stands; the names end message keys ({@code site.admin.feedback.mail.SENT}). */
enum MailStatus {

	SENT, PENDING, NOT_REQUESTED;

	static MailStatus of(boolean sent, boolean wanted) {
		if (!wanted) {
			return NOT_REQUESTED;
		}
		return sent ? SENT : PENDING;
	}
}
