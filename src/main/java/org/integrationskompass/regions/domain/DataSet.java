package org.integrationskompass.regions.domain;

/**
 * The public data sets the gazetteer import understands, in the order they must be imported (the GeoNames fallback
 * needs the municipalities and the primary postcodes first), each with the credit line its licence requires on
 * every page that shows data derived from it.
 */
public enum DataSet {

	/** BKG VG250/VG5000 outlines, dissolved into Kreise; the year is that of the edition used. */
	KREIS_SHAPES("Kreisgrenzen", "© GeoBasis-DE / BKG %s (Daten verändert), dl-de/by-2-0, www.bkg.bund.de"),
	/** Destatis Gemeindeverzeichnis (GV-ISys). */
	MUNICIPALITIES("Gemeindeverzeichnis", "© Statistisches Bundesamt (Destatis), GV-ISys (Daten verändert), dl-de/by-2-0"),
	/** suche-postleitzahl.org, derived from OpenStreetMap. ODbL: a public table derived from it must stay ODbL. */
	POSTCODES("Postleitzahlen", "© OpenStreetMap-Mitwirkende, ODbL 1.0; aufbereitet von suche-postleitzahl.org"),
	/** GeoNames postal codes, only for postcodes the primary data set lacks (mostly PO box and large-customer codes). */
	GEONAMES_POSTCODES("Postleitzahlen (GeoNames)", "GeoNames (geonames.org), CC BY 4.0, verändert");

	private final String label;

	private final String credit;

	DataSet(String label, String credit) {
		this.label = label;
		this.credit = credit;
	}

	public String label() {
		return label;
	}

	/** @param edition the year of the BKG edition; ignored by the other data sets */
	public String credit(String edition) {
		return this == KREIS_SHAPES ? credit.formatted(edition) : credit;
	}
}
