package org.integrationskompass.events.domain;

/** What a mail to a registrant tells; the template {@code events/mail/registration} writes each differently. */
public enum MailKind {
	/** Just registered: confirmed or on the waiting list, as the registration stands when the mail is written. */
	REGISTERED,
	/** Seats became free: take them up through the link before the offer expires. */
	OFFERED,
	/** The seats are confirmed (an offer taken up, or added by staff). */
	CONFIRMED,
	/** An offer was not taken up in time and went to the next entry. */
	OFFER_EXPIRED,
	/** The registration was cancelled (by the registrant or by staff). */
	CANCELLED,
	/** The event is soon. */
	REMINDER,
	/** The organisers cancelled the event. */
	EVENT_CANCELLED,
	/** A message from the organisers to everyone registered. */
	MESSAGE,
	/** Someone tried to register the same address again: here is the link to the existing registration. */
	LINK_AGAIN;

	public String messageKey() {
		return "events.mail." + name();
	}
}
