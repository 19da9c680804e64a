/**
 * The state's integration plan with measurable goals: fields of action (the working groups of the integration
 * conference), measures with sub-measures, indicators with baseline, target and measured values, their progress,
 * and the public monitor with charts, tables and a CSV download. Publishes {@link IndicatorValueRecorded} whenever
 * a value is recorded by hand or by import; consumes nothing yet.
 */
@ApplicationModule(displayName = "Integration plan", allowedDependencies = { "shared :: *" })
@NullMarked
package org.integrationskompass.plan;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
