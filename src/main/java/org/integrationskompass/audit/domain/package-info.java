/** The audit log's records and how they are written (Hibernate change events) and read. */
@NullMarked
package org.integrationskompass.audit.domain;

import org.jspecify.annotations.NullMarked;
