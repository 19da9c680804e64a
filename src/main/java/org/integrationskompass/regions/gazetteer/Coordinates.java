package org.integrationskompass.regions.gazetteer;

/**
 * A WGS84 point that lies in Germany (generous bounds). The bounds catch the usual slips in open-data files:
 * swapped latitude and longitude, a lost decimal point, 0/0 for "unknown".
 */
record Coordinates(double latitude, double longitude) {

	static Coordinates of(double latitude, double longitude) {
		if (!(latitude >= 47.0 && latitude <= 55.5 && longitude >= 5.5 && longitude <= 15.5)) {
			throw new RejectedRow("coordinates outside Germany", latitude + ", " + longitude);
		}
		return new Coordinates(latitude, longitude);
	}

	static Coordinates parse(String latitude, String longitude) {
		try {
			return of(Double.parseDouble(latitude), Double.parseDouble(longitude));
		}
		catch (NumberFormatException notANumber) {
			throw new RejectedRow("coordinates are not numbers", latitude + ", " + longitude);
		}
	}
}
