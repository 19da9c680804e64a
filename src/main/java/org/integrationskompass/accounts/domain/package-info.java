@NullMarked
package org.integrationskompass.accounts.domain;

import org.jspecify.annotations.NullMarked;
