/** The plan's entities, the progress rules, value parsing and the use cases that change the plan. */
@NullMarked
package org.integrationskompass.plan.domain;

import org.jspecify.annotations.NullMarked;
