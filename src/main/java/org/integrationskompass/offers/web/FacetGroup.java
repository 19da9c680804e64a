package org.integrationskompass.offers.web;

import java.util.List;

/**
 * One facet of the search with its values and counts (checkboxes of the search form).
 *
 * @param parameter the address parameter (and form field name)
 * @param clearUrl the search without any value of this facet
 */
public record FacetGroup(String parameter, String titleKey, List<Option> options, boolean anySelected,
		String clearUrl) {

	/**
	 * @param label the value's name in the page language
	 * @param countLabel the count as the page shows it (formatted for the page language)
	 * @param id unique in the page; keeps keyboard focus when htmx replaces the results
	 */
	public record Option(String value, String label, long count, String countLabel, boolean selected, String id) {
	}
}
