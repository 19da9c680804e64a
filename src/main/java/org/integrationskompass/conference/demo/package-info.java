/** Demo content of the conference: the seven working groups, members and two sessions. */
@NullMarked
package org.integrationskompass.conference.demo;

import org.jspecify.annotations.NullMarked;
