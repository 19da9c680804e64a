/** The audit log page of the back office, for administrators only. */
@NullMarked
package org.integrationskompass.audit.admin;

import org.jspecify.annotations.NullMarked;
