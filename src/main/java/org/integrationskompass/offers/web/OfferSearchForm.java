package org.integrationskompass.offers.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.integrationskompass.offers.domain.OfferMode;
import org.integrationskompass.offers.domain.SearchFacet;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The whole state of a search as it travels in the address, so that a search can be shared, bookmarked and
 * reached again with the back button. Parsing never fails: values that make no sense are dropped or replaced by a
 * default, and {@link #problems()} says what happened, so the page can explain it instead of answering 400 or 500.
 *
 * @param text the free text, at most {@link #MAX_TEXT} characters
 * @param place what the visitor typed as the place (postcode or municipality), empty for none
 * @param latitude with {@code longitude} the visitor's own position, when they shared it
 * @param radiusKm the radius for place or position
 * @param filters the selected facet values, by facet
 * @param page 1-based
 */
public record OfferSearchForm(String text, String place, @Nullable Double latitude, @Nullable Double longitude,
		int radiusKm, Map<SearchFacet, Set<String>> filters, int page, List<Problem> problems) {

	public static final int MAX_TEXT = 200;

	public static final int DEFAULT_RADIUS = 25;

	public static final int MAX_RADIUS = 200;

	/** The radii offered in the form; the address may carry any whole number from 1 to {@link #MAX_RADIUS}. */
	public static final List<Integer> RADII = List.of(5, 10, 20, 25, 50, 100);

	static final int MAX_PAGE = 500;

	private static final int MAX_VALUES_PER_FACET = 30;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern KREIS = Pattern.compile("\\d{5}");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

	private static final Map<SearchFacet, String> PARAMETERS = Map.of(SearchFacet.TOPIC, "thema",
			SearchFacet.TARGET_GROUP, "zielgruppe", SearchFacet.LANGUAGE, "sprache", SearchFacet.MODE, "form",
			SearchFacet.FREE, "kostenlos", SearchFacet.KREIS, "kreis");

	/**
	 * Something in the address that could not be used as given.
	 *
	 * @param field the form field it concerns (for the link from the error summary)
	 * @param messageKey explains it; may use {@code args}
	 */
	public record Problem(String field, String messageKey, List<Object> args) {
	}

	public static String parameter(SearchFacet facet) {
		return PARAMETERS.get(facet);
	}

	public static OfferSearchForm from(MultiValueMap<String, String> parameters) {
		var problems = new ArrayList<Problem>();

		var text = first(parameters, "q").strip().replaceAll("\\s+", " ");
		if (text.length() > MAX_TEXT) {
			text = text.substring(0, MAX_TEXT).strip();
			problems.add(new Problem("q", "offers.search.problem.textTooLong", List.of(MAX_TEXT)));
		}

		var place = first(parameters, "ort").strip().replaceAll("\\s+", " ");
		if (place.length() > 100) {
			place = "";
			problems.add(new Problem("ort", "offers.search.problem.placeTooLong", List.of()));
		}

		Double latitude = null;
		Double longitude = null;
		var lat = first(parameters, "lat").strip();
		var lon = first(parameters, "lon").strip();
		if (!lat.isEmpty() || !lon.isEmpty()) {
			var parsedLat = decimal(lat);
			var parsedLon = decimal(lon);
			if (parsedLat != null && parsedLon != null && Math.abs(parsedLat) <= 90 && Math.abs(parsedLon) <= 180) {
				latitude = round(parsedLat);
				longitude = round(parsedLon);
			}
			else {
				problems.add(new Problem("ort", "offers.search.problem.position", List.of()));
			}
		}

		var radius = DEFAULT_RADIUS;
		var rawRadius = first(parameters, "umkreis").strip();
		if (!rawRadius.isEmpty()) {
			if (WHOLE_NUMBER.matcher(rawRadius).matches() && Integer.parseInt(rawRadius) >= 1
					&& Integer.parseInt(rawRadius) <= MAX_RADIUS) {
				radius = Integer.parseInt(rawRadius);
			}
			else {
				problems.add(new Problem("umkreis", "offers.search.problem.radius",
						List.of(MAX_RADIUS, DEFAULT_RADIUS)));
			}
		}

		var filters = new LinkedHashMap<SearchFacet, Set<String>>();
		for (var facet : SearchFacet.values()) {
			var values = new LinkedHashSet<String>();
			for (var raw : parameters.getOrDefault(parameter(facet), List.of())) {
				var value = valueOf(facet, raw == null ? "" : raw.strip());
				if (value != null && values.size() < MAX_VALUES_PER_FACET) {
					values.add(value);
				}
			}
			if (!values.isEmpty()) {
				filters.put(facet, Set.copyOf(values));
			}
		}

		var page = 1;
		var rawPage = first(parameters, "seite").strip();
		if (WHOLE_NUMBER.matcher(rawPage).matches()) {
			page = Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(rawPage)));
		}

		return new OfferSearchForm(text, latitude != null ? "" : place, latitude, longitude, radius, filters, page,
				List.copyOf(problems));
	}

	/** Values that can never match are dropped silently: old bookmarks and hand-made addresses still work. */
	private static @Nullable String valueOf(SearchFacet facet, String raw) {
		return switch (facet) {
			case TOPIC, TARGET_GROUP -> SLUG.matcher(raw).matches() && raw.length() <= 60 ? raw : null;
			case LANGUAGE -> raw.length() <= 12 && raw.matches("[a-zA-Z-]+") ? raw.toLowerCase(Locale.ROOT) : null;
			case MODE -> {
				try {
					yield OfferMode.valueOf(raw.toUpperCase(Locale.ROOT)).name();
				}
				catch (IllegalArgumentException e) {
					yield null;
				}
			}
			case FREE -> "true";
			case KREIS -> KREIS.matcher(raw).matches() ? raw : null;
		};
	}

	public boolean hasPosition() {
		return latitude != null && longitude != null;
	}

	public boolean hasPlace() {
		return !place.isEmpty() || hasPosition();
	}

	public Set<String> selected(SearchFacet facet) {
		return filters.getOrDefault(facet, Set.of());
	}

	public boolean isSelected(SearchFacet facet, String value) {
		return selected(facet).contains(value);
	}

	public boolean hasFilters() {
		return !filters.isEmpty();
	}

	/** The search with one facet value switched on or off, back on the first page. */
	public String toggling(SearchFacet facet, String value) {
		var changed = new LinkedHashMap<>(filters);
		var values = new LinkedHashSet<>(selected(facet));
		if (!values.remove(value)) {
			values.add(value);
		}
		changed.put(facet, values);
		return new OfferSearchForm(text, place, latitude, longitude, radiusKm, changed, 1, List.of()).url();
	}

	public String withoutFacet(SearchFacet facet) {
		var changed = new LinkedHashMap<>(filters);
		changed.remove(facet);
		return new OfferSearchForm(text, place, latitude, longitude, radiusKm, changed, 1, List.of()).url();
	}

	public String withRadius(int radius) {
		return new OfferSearchForm(text, place, latitude, longitude, radius, filters, 1, List.of()).url();
	}

	public String withText(String newText) {
		return new OfferSearchForm(newText, place, latitude, longitude, radiusKm, filters, 1, List.of()).url();
	}

	public String withPlace(String newPlace) {
		return new OfferSearchForm(text, newPlace, null, null, radiusKm, filters, 1, List.of()).url();
	}

	public String withoutPlace() {
		return withPlace("");
	}

	public String onPage(int newPage) {
		return new OfferSearchForm(text, place, latitude, longitude, radiusKm, filters, newPage, List.of()).url();
	}

	/** The address of this search: the search page with every non-default value as a parameter. */
	public String url() {
		var query = new ArrayList<String>();
		add(query, "q", text);
		add(query, "ort", place);
		if (hasPosition()) {
			add(query, "lat", String.valueOf(latitude));
			add(query, "lon", String.valueOf(longitude));
		}
		if (hasPlace() && radiusKm != DEFAULT_RADIUS) {
			add(query, "umkreis", String.valueOf(radiusKm));
		}
		for (var facet : SearchFacet.values()) {
			selected(facet).stream().sorted().forEach(value -> add(query, parameter(facet), value));
		}
		if (page > 1) {
			add(query, "seite", String.valueOf(page));
		}
		return "/angebote" + (query.isEmpty() ? "" : "?" + String.join("&", query));
	}

	private static void add(List<String> query, String name, String value) {
		if (!value.isEmpty()) {
			query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	private static String first(MultiValueMap<String, String> parameters, String name) {
		var values = parameters.get(name);
		if (values == null) {
			return "";
		}
		return values.stream().filter(v -> v != null && !v.isBlank()).findFirst().orElse("");
	}

	private static @Nullable Double decimal(String raw) {
		if (!raw.matches("-?\\d{1,3}(\\.\\d{1,12})?")) {
			return null;
		}
		return Double.valueOf(raw);
	}

	/**
	 * Two decimals (about 1 km) are enough for a radius search and keep the visitor's exact position out of the
	 * address, which they may share and which ends up in server logs.
	 */
	private static double round(double coordinate) {
		return Math.round(coordinate * 100d) / 100d;
	}

	@Override
	public String toString() {
		return url() + problems.stream().map(Problem::messageKey).collect(Collectors.joining(",", " [", "]"));
	}
}
