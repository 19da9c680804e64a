/**
 * Regions of the state: Regierungsbezirke, Kreise (with validity dates), Gemeinden and postcodes with coordinates.
 * The 3 Regierungsbezirke and 27 Kreise of Hessen are built in; an import command reads the public open-data
 * gazetteer files. Other modules hold Kreis keys (AGS) and ask {@code RegionDirectory}; pages show counts per Kreis
 * with {@code RegionDirectory.kreisMap()} and the fragments in {@code templates/regions/map.html}. Publishes
 * {@code GazetteerImported} after each imported file; consumes no events.
 */
@ApplicationModule(displayName = "Regions")
@NullMarked
package org.integrationskompass.regions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
