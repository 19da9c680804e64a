package org.integrationskompass.offers.admin;

import org.jspecify.annotations.Nullable;

/**
 * A field of action or target group in the form.
 *
 * @param active {@code true} when ticked: offered for new offers and in the search filters
 */
record TermForm(@Nullable Texts name, @Nullable String position, @Nullable String active) {
}
