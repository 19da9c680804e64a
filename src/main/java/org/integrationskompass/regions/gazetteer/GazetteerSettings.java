package org.integrationskompass.regions.gazetteer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param kreisShapesYear year of the BKG edition the Kreis outlines come from; BKG's credit line must name it
 * ("© GeoBasis-DE / BKG 2021"), so set it when importing outlines from another edition
 */
@ConfigurationProperties("platform.regions")
record GazetteerSettings(@DefaultValue("2021") String kreisShapesYear) {
}
