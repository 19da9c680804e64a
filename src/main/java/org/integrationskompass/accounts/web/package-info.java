@NullMarked
package org.integrationskompass.accounts.web;

import org.jspecify.annotations.NullMarked;
