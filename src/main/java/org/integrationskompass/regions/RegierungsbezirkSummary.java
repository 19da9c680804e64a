package org.integrationskompass.regions;

/**
 * One of the state's administrative regions.
 *
 * @param key the three-digit key, e.g. {@code 065} (the first three digits of its Kreis keys)
 */
public record RegierungsbezirkSummary(String key, String name) {
}
