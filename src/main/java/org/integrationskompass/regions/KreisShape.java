package org.integrationskompass.regions;

/**
 * The outline of a Kreis for drawing a map. The outlines are simplified: never use them to decide which Kreis
 * a point lies in (use the AGS instead).
 *
 * @param geoJson a GeoJSON geometry (Polygon or MultiPolygon, WGS84 longitude/latitude)
 */
public record KreisShape(String key, String name, String geoJson) {
}
