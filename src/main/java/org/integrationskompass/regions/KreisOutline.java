package org.integrationskompass.regions;

/**
 * A Kreis drawn on a {@link KreisMap}.
 *
 * @param svgPath SVG path data in the map's view box (one closed subpath per ring; draw with
 *        {@code fill-rule="evenodd"} so that holes stay holes)
 * @param labelX where a label (the count) goes, inside the Kreis's largest part
 */
public record KreisOutline(String key, String name, String svgPath, double labelX, double labelY) {
}
