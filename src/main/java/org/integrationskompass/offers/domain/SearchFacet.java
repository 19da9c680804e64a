package org.integrationskompass.offers.domain;

/** The facets of the offer search and the index fields they count. */
public enum SearchFacet {

	TOPIC("topics.slug"), TARGET_GROUP("targetGroups.slug"), LANGUAGE("languages"), MODE("mode"), FREE("free"),
	KREIS("places.kreisKey");

	private final String field;

	SearchFacet(String field) {
		this.field = field;
	}

	public String field() {
		return field;
	}
}
