/** The public pages of integration contracts: list, contract page and document downloads. */
@NullMarked
package org.integrationskompass.contracts.web;

import org.jspecify.annotations.NullMarked;
