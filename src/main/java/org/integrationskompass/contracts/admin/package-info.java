/** The back office of integration contracts: contracts, measures, documents, publishing. */
@NullMarked
package org.integrationskompass.contracts.admin;

import org.jspecify.annotations.NullMarked;
