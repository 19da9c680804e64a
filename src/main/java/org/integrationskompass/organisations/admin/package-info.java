/** The back office for organisations: list, create, edit, logo upload. */
@NullMarked
package org.integrationskompass.organisations.admin;

import org.jspecify.annotations.NullMarked;
