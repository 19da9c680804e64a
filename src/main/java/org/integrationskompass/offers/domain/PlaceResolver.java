package org.integrationskompass.offers.domain;

import java.util.List;
import org.integrationskompass.regions.PlaceMatch;
import org.integrationskompass.regions.RegionDirectory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns what a visitor typed as a place into a point: a postcode or a municipality from the gazetteer, or, when
 * the gazetteer has not been imported, the offers' own places. The public search and the back office's export use
 * it alike, so that an export of a search finds the same place as the search.
 */
@Component
public class PlaceResolver {

	static final int MAX_ALTERNATIVES = 5;

	private final RegionDirectory regions;

	private final KnownPlaces knownPlaces;

	PlaceResolver(RegionDirectory regions, KnownPlaces knownPlaces) {
		this.regions = regions;
		this.knownPlaces = knownPlaces;
	}

	/**
	 * @param label how the page names the centre ("35390 Gießen")
	 * @param alternatives other municipalities the name could mean (links "did you mean …")
	 */
	public record Resolved(OfferQuery.Point point, String label, List<String> alternatives) {
	}

	public @Nullable Resolved resolve(String place) {
		if (place.isBlank()) {
			return null;
		}
		List<PlaceMatch> matches = place.matches("\\d{5}") ? regions.findByPostcode(place)
				: regions.findByMunicipalityName(place);
		if (!matches.isEmpty()) {
			var first = matches.get(0);
			if (first.postcode() != null) {
				var latitude = matches.stream().mapToDouble(PlaceMatch::latitude).average().orElseThrow();
				var longitude = matches.stream().mapToDouble(PlaceMatch::longitude).average().orElseThrow();
				var names = String.join(", ", matches.stream().map(PlaceMatch::municipalityName).distinct().toList());
				return new Resolved(new OfferQuery.Point(latitude, longitude), first.postcode() + " " + names, List.of());
			}
			var alternatives = matches.stream().skip(1).map(PlaceMatch::municipalityName).distinct()
				.limit(MAX_ALTERNATIVES).toList();
			return new Resolved(new OfferQuery.Point(first.latitude(), first.longitude()), first.municipalityName(),
					alternatives);
		}
		return knownPlaces.find(place)
			.map(found -> new Resolved(new OfferQuery.Point(found.latitude(), found.longitude()),
					found.postcode() != null ? found.postcode() + " " + found.town() : found.town(), List.of()))
			.orElse(null);
	}
}
