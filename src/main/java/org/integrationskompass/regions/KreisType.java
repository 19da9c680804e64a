package org.integrationskompass.regions;

/** Whether a Kreis is a rural district or a city that forms a district of its own. */
public enum KreisType {

	LANDKREIS,
	KREISFREIE_STADT;

	public boolean kreisfrei() {
		return this == KREISFREIE_STADT;
	}
}
