/** The public plan pages, the monitor with its charts and the CSV download. */
@NullMarked
package org.integrationskompass.plan.web;

import org.jspecify.annotations.NullMarked;
