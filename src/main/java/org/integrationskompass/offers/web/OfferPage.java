package org.integrationskompass.offers.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.integrationskompass.offers.OfferId;
import org.integrationskompass.shared.domain.HtmlText;
import org.integrationskompass.offers.domain.Offer;
import org.integrationskompass.offers.domain.OfferMode;
import org.integrationskompass.offers.domain.PlaceDetails;
import org.integrationskompass.offers.domain.TargetGroup;
import org.integrationskompass.offers.domain.Topic;
import org.integrationskompass.organisations.OrganisationId;
import org.integrationskompass.shared.domain.LocalizedText;
import org.integrationskompass.shared.domain.SpokenLanguages;
import org.jspecify.annotations.Nullable;

/**
 * Everything the offer page shows, read while the offer's collections can load. Texts stay translatable (the page
 * picks the language); the description is HTML that passed {@code HtmlText.sanitise} when it was stored.
 */
record OfferPage(OfferId id, String slug, boolean visible, LocalizedText title, LocalizedText summary,
		LocalizedText description, OrganisationId organisation, String organisationName, List<LocalizedText> topics,
		List<LocalizedText> targetGroups, List<String> languages, OfferMode mode, boolean freeOfCharge,
		LocalizedText costNote, List<Place> places, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
		@Nullable String registrationUrl, @Nullable Integer freePlaces, @Nullable String contactName,
		@Nullable String contactEmail, @Nullable String contactPhone, LocalizedText cooperationPartners,
		LocalizedText activities, LocalDate lastConfirmedOn, boolean demo) {

	static OfferPage of(Offer offer, LocalDate today) {
		var languageOrder = SpokenLanguages.CODES;
		return new OfferPage(offer.id(), offer.slug(), offer.isVisibleOn(today), offer.title(), offer.summary(),
				sanitised(offer.description()), offer.organisation(), offer.organisationName(),
				offer.topics().stream().sorted(Comparator.comparingInt(Topic::position)).map(Topic::name).toList(),
				offer.targetGroups().stream().sorted(Comparator.comparingInt(TargetGroup::position))
					.map(TargetGroup::name).toList(),
				offer.languages().stream()
					.sorted(Comparator.comparingInt(code -> languageOrder.indexOf(code) < 0 ? Integer.MAX_VALUE
							: languageOrder.indexOf(code)))
					.toList(),
				offer.mode(), offer.freeOfCharge(), offer.costNote(),
				offer.details().places().stream().map(Place::of).toList(), offer.startsOn(), offer.endsOn(),
				offer.registrationUrl(), offer.freePlaces(), offer.contactName(), offer.contactEmail(),
				offer.contactPhone(), offer.cooperationPartners(), offer.activities(), offer.lastConfirmedOn(),
				offer.demo());
	}

	/**
	 * Descriptions are sanitised when stored; sanitising again on the way out costs little and keeps the page safe
	 * from a row that reached the database another way (an import, a manual fix).
	 */
	private static LocalizedText sanitised(LocalizedText html) {
		var clean = new java.util.LinkedHashMap<String, String>();
		html.asMap().forEach((language, text) -> clean.put(language, HtmlText.sanitise(text)));
		return LocalizedText.of(clean);
	}

	public boolean ongoing() {
		return startsOn == null && endsOn == null;
	}

	/**
	 * A place with its address on one line and a route planner link. The link carries the address as text, not
	 * the coordinates: these are the postcode's centre, while the address leads to the door.
	 */
	record Place(@Nullable String label, @Nullable String street, String postcode, String city,
			LocalizedText openingHours, boolean byAppointment, @Nullable Boolean barrierFree, double latitude,
			double longitude) {

		static Place of(PlaceDetails details) {
			return new Place(details.label(), details.street(), details.postcode(), details.city(),
					details.openingHours(), details.byAppointment(), details.barrierFree(), details.latitude(),
					details.longitude());
		}

		public String address() {
			return Stream.of(street, postcode + " " + city)
				.filter(part -> part != null && !part.isBlank())
				.collect(Collectors.joining(", "));
		}

		public String directionsUrl() {
			return "https://www.openstreetmap.org/directions?to="
					+ URLEncoder.encode(address(), StandardCharsets.UTF_8).replace("+", "%20");
		}
	}
}
