package org.integrationskompass.events.domain;

/** A registration the event cannot take; no registration was stored or changed. */
public class RegistrationRejected extends RuntimeException {

	public enum Reason {
		NO_SUCH_EVENT, CLOSED, SEATS_OUT_OF_RANGE
	}

	private final Reason reason;

	public RegistrationRejected(Reason reason) {
		super("registration rejected: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public String messageKey() {
		return "events.registration.rejected." + reason.name();
	}
}
