@NullMarked
package org.integrationskompass.accounts.security;

import org.jspecify.annotations.NullMarked;
