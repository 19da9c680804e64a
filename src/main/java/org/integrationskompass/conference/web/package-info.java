/** The public pages of the conference: overview, working groups, sessions and their documents. */
@NullMarked
package org.integrationskompass.conference.web;

import org.jspecify.annotations.NullMarked;
