@NullMarked
package org.integrationskompass.accounts.admin;

import org.jspecify.annotations.NullMarked;
