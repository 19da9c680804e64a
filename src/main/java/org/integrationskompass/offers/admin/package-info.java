/** The back office for offers, visitors' reports and the reference data (fields of action, target groups). */
@NullMarked
package org.integrationskompass.offers.admin;

import org.jspecify.annotations.NullMarked;
