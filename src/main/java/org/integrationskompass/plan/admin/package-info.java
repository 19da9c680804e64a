/** The plan's back office: the plan at a glance, values by hand and the CSV import of values. */
@NullMarked
package org.integrationskompass.plan.admin;

import org.jspecify.annotations.NullMarked;
