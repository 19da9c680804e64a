package org.integrationskompass.regions;

/**
 * A gazetteer file was imported and committed: municipalities, postcodes, outlines or data credits may have changed.
 *
 * @param fileName the imported file's name, e.g. {@code hessen_plz.csv}
 * @param rowsAccepted rows now in the database (inserted, updated or unchanged)
 */
public record GazetteerImported(String fileName, int rowsAccepted) {
}
