package org.integrationskompass.offers.admin;

import org.jspecify.annotations.Nullable;

/**
 * A field of action or target group in the form.
 *
 * @param active {@code true} when ticked: offered for new offers and in the search filters
 */
record TermForm(@Nullable Texts name, @Nullable String position, @Nullable String active) {

	// JavaBean getters: Spring's BeanWrapper reads nested form paths (places[0].postcode, title.de) through them.

	public @Nullable Texts getName() {
		return name;
	}
}
