package org.integrationskompass.offers.admin;

import org.jspecify.annotations.Nullable;

/**
 * One place of an offer in the form. A row left completely empty is no place (the form always offers one empty row,
 * so places can be added without JavaScript).
 *
 * @param byAppointment {@code true} when ticked
 * @param barrierFree {@code yes}, {@code no} or empty for "not known"
 */
record PlaceForm(@Nullable String label, @Nullable String street, @Nullable String postcode, @Nullable String city,
		@Nullable String openingHours, @Nullable String byAppointment, @Nullable String barrierFree) {

	static final PlaceForm EMPTY = new PlaceForm("", "", "", "", "", "", "");

	boolean isEmpty() {
		return blank(label) && blank(street) && blank(postcode) && blank(city) && blank(openingHours);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	// JavaBean getters: Spring's BeanWrapper reads nested form paths (places[0].postcode, title.de) through them.

	public @Nullable String getLabel() {
		return label;
	}

	public @Nullable String getStreet() {
		return street;
	}

	public @Nullable String getPostcode() {
		return postcode;
	}

	public @Nullable String getCity() {
		return city;
	}

	public @Nullable String getOpeningHours() {
		return openingHours;
	}

	public @Nullable String getByAppointment() {
		return byAppointment;
	}

	public @Nullable String getBarrierFree() {
		return barrierFree;
	}
}
