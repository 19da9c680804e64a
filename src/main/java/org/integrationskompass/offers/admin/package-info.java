/** The offers module's part of the back office. */
@NullMarked
package org.integrationskompass.offers.admin;

import org.jspecify.annotations.NullMarked;
