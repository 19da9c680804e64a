/** Organisations and their logos as stored; internal to the module. */
@NullMarked
package org.integrationskompass.organisations.domain;

import org.jspecify.annotations.NullMarked;
