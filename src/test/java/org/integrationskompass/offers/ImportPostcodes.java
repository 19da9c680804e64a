package org.integrationskompass.offers;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A few real postcodes (centroids from the gazetteer files) written straight into the regions tables, so that
 * import tests resolve places without importing the whole gazetteer. Safe to call more than once.
 */
public final class ImportPostcodes {

	private ImportPostcodes() {
	}

	public static void insert(JdbcTemplate jdbc) {
		insert(jdbc, "35390", "06531005", "Gießen", "giessen", "06531", 50.5841, 8.6784);
		insert(jdbc, "34117", "06611000", "Kassel", "kassel", "06611", 51.3162, 9.4920);
		insert(jdbc, "35037", "06534014", "Marburg", "marburg", "06534", 50.8090, 8.7700);
	}

	private static void insert(JdbcTemplate jdbc, String plz, String ags, String name, String searchName,
			String kreis, double latitude, double longitude) {
		jdbc.update("""
				INSERT INTO regions_postcode (plz, ags, municipality_name, search_name, kreis_key, latitude, longitude, data_set)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'POSTCODES') ON CONFLICT DO NOTHING""", plz, ags, name, searchName, kreis,
				latitude, longitude);
	}
}
