/** The back office for offers: editing, visitors' reports, reference data (fields of action, target groups), CSV import and CSV/XLSX export. */
@NullMarked
package org.integrationskompass.offers.admin;

import org.jspecify.annotations.NullMarked;
