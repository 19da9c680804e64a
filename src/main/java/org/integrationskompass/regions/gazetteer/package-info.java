/**
 * The gazetteer import command: reads the public open-data files (postcodes, Gemeindeverzeichnis, Kreis outlines,
 * GeoNames fallback), validates every row and upserts by natural key, one transaction per file.
 */
@NullMarked
package org.integrationskompass.regions.gazetteer;

import org.jspecify.annotations.NullMarked;
