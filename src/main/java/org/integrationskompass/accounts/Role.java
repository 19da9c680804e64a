package org.integrationskompass.accounts;

/** What an account may do. Staff roles open the back office; a provider only maintains its own organisation. */
public enum Role {

	/** Accounts, roles, settings, reference data. */
	ADMIN(true),
	/** Ministry staff: pages, news, newsletter, contracts, plan, reviews. */
	EDITOR(true),
	/** Kompetenzzentrum staff: events, trainings, directory of their organisations. */
	FACHSTELLE(true),
	/** An organisation's own account (self-service, later). */
	PROVIDER(false);

	private final boolean staff;

	Role(boolean staff) {
		this.staff = staff;
	}

	public boolean isStaff() {
		return staff;
	}

	/** The Spring Security authority, e.g. {@code ROLE_EDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
