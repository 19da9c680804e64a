package org.integrationskompass.site.domain;

/** Where a published page appears in the page shell's navigation, besides its place in the page tree. */
public enum MenuPlacement {
	NONE, MAIN, FOOTER;

	public String messageKey() {
		return "site.admin.pages.menu." + name();
	}
}
