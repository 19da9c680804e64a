package org.integrationskompass.offers.demo;

/**
 * Postcode areas where demo offers take place, in all three Regierungsbezirke, with the centroids of the open
 * postcode data (so radius searches around a postcode find them where a visitor expects them).
 */
enum DemoPlace {

	// Regierungsbezirk Gießen
	GIESSEN("35390", "Gießen", "06531005", 50.58674, 8.67619),
	GIESSEN_SUED("35392", "Gießen", "06531005", 50.57134, 8.66782),
	GIESSEN_OST("35394", "Gießen", "06531005", 50.57319, 8.71847),
	GIESSEN_NORD("35396", "Gießen", "06531005", 50.61465, 8.70483),
	LINDEN("35440", "Linden", "06531012", 50.53787, 8.66949),
	POHLHEIM("35415", "Pohlheim", "06531014", 50.51920, 8.73882),
	WETTENBERG("35435", "Wettenberg", "06531018", 50.63831, 8.64784),
	LICH("35423", "Lich", "06531011", 50.51292, 8.83232),
	GRUENBERG("35305", "Grünberg", "06531006", 50.60131, 8.94319),
	WETZLAR("35578", "Wetzlar", "06532023", 50.54313, 8.52031),
	MARBURG("35037", "Marburg", "06534014", 50.79745, 8.74473),
	STADTALLENDORF("35260", "Stadtallendorf", "06534018", 50.82673, 9.02373),
	LIMBURG("65549", "Limburg a.d. Lahn", "06533009", 50.38640, 8.06968),
	ALSFELD("36304", "Alsfeld", "06535001", 50.76078, 9.29797),
	// Regierungsbezirk Darmstadt
	FRANKFURT_INNENSTADT("60311", "Frankfurt am Main", "06412000", 50.11117, 8.68451),
	FRANKFURT_GALLUS("60329", "Frankfurt am Main", "06412000", 50.10675, 8.66706),
	FRANKFURT_NORDEND("60385", "Frankfurt am Main", "06412000", 50.12322, 8.71231),
	FRANKFURT_HOECHST("65929", "Frankfurt am Main", "06412000", 50.09949, 8.53091),
	OFFENBACH("63065", "Offenbach am Main", "06413000", 50.10436, 8.76366),
	WIESBADEN("65185", "Wiesbaden", "06414000", 50.07561, 8.23957),
	DARMSTADT("64283", "Darmstadt", "06411000", 49.87018, 8.65236),
	HANAU("63450", "Hanau", "06415000", 50.12724, 8.92489),
	RUESSELSHEIM("65428", "Rüsselsheim am Main", "06433012", 49.97599, 8.43524),
	BENSHEIM("64625", "Bensheim", "06431002", 49.69040, 8.62466),
	ERBACH("64711", "Erbach", "06437006", 49.63432, 9.01080),
	FRIEDBERG("61169", "Friedberg (Hessen)", "06440008", 50.32146, 8.78245),
	// Regierungsbezirk Kassel
	KASSEL("34117", "Kassel", "06611000", 51.31619, 9.49200),
	KASSEL_WEST("34119", "Kassel", "06611000", 51.31744, 9.46608),
	FULDA("36037", "Fulda", "06631009", 50.55610, 9.68684),
	BAD_HERSFELD("36251", "Bad Hersfeld", "06632002", 50.89839, 9.69328),
	KORBACH("34497", "Korbach", "06635015", 51.26720, 8.84086),
	WITZENHAUSEN("37213", "Witzenhausen", "06636016", 51.34170, 9.85723),
	MELSUNGEN("34212", "Melsungen", "06634014", 51.13957, 9.56771),
	HOFGEISMAR("34369", "Hofgeismar", "06633013", 51.50668, 9.52013);

	final String postcode;

	final String city;

	final String ags;

	final double latitude;

	final double longitude;

	DemoPlace(String postcode, String city, String ags, double latitude, double longitude) {
		this.postcode = postcode;
		this.city = city;
		this.ags = ags;
		this.latitude = latitude;
		this.longitude = longitude;
	}

	String kreisKey() {
		return ags.substring(0, 5);
	}
}
