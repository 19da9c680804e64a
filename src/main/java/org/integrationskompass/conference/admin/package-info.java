/** The back office of the conference: members, working groups, sessions with agenda, results and documents. */
@NullMarked
package org.integrationskompass.conference.admin;

import org.jspecify.annotations.NullMarked;
