/** Demo content of the plan: measures and indicators with invented, labelled values. */
@NullMarked
package org.integrationskompass.plan.demo;

import org.jspecify.annotations.NullMarked;
