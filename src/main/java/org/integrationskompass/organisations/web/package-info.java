/** The public directory of organisations with its statewide map, the profile pages and the logos. */
@NullMarked
package org.integrationskompass.organisations.web;

import org.jspecify.annotations.NullMarked;
