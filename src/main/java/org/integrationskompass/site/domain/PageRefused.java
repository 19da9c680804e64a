package org.integrationskompass.site.domain;

/** A change to the page tree that breaks one of its rules; the reason says which, for a message at the right field. */
public class PageRefused extends RuntimeException {

	private final Reason reason;

	public PageRefused(Reason reason, String detail) {
		super(reason + ": " + detail);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	public enum Reason {
		/** Not lower-case letters, digits and single hyphens. */
		INVALID_SLUG,
		/** A word the portal keeps for itself. */
		RESERVED_SLUG,
		/** A sibling already has this slug: both would have the same address. */
		DUPLICATE_SLUG,
		/** The new parent is the page itself or lies below it. */
		CYCLE,
		/** The chosen parent does not exist (any more). */
		UNKNOWN_PARENT,
		/** Deleting would orphan the pages below. */
		HAS_CHILDREN
	}
}
