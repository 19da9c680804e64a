/** The conference's entities and the use cases that change them. */
@NullMarked
package org.integrationskompass.conference.domain;

import org.jspecify.annotations.NullMarked;
