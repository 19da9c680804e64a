package org.integrationskompass.offers.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.integrationskompass.offers.domain.OfferMode;
import org.integrationskompass.offers.domain.OfferQuery;
import org.integrationskompass.offers.domain.OfferSearch;
import org.integrationskompass.offers.domain.OfferSearchResult;
import org.integrationskompass.offers.domain.PlaceResolver;
import org.integrationskompass.offers.domain.SearchFacet;
import org.integrationskompass.offers.domain.ReferenceData;
import org.integrationskompass.regions.KreisSummary;
import org.integrationskompass.regions.RegionDirectory;
import org.integrationskompass.shared.domain.SpokenLanguages;
import org.integrationskompass.shared.web.RequestLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public offer search. One plain GET form: the address holds the whole search, so it works without
 * JavaScript, can be shared and bookmarked, and the back button works. With JavaScript, htmx sends the same GET
 * when a filter changes and swaps only the results (see {@code offers/index.html}).
 */
@Controller
class OfferSearchController {

	static final int PAGE_SIZE = 20;

	private static final ZoneId LOCAL = ZoneId.of("Europe/Berlin");

	private static final List<Integer> WIDER_RADII = List.of(50, 100, OfferSearchForm.MAX_RADIUS);

	private final OfferSearch search;

	private final PlaceResolver places;

	private final ReferenceData referenceData;

	private final RegionDirectory regions;

	private final MessageSource messages;

	private final Clock clock;

	OfferSearchController(OfferSearch search, PlaceResolver places, ReferenceData referenceData,
			RegionDirectory regions, MessageSource messages, ObjectProvider<Clock> clock) {
		this.search = search;
		this.places = places;
		this.referenceData = referenceData;
		this.regions = regions;
		this.messages = messages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping("/angebote")
	String search(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request, Locale locale,
			Model model) {
		var form = OfferSearchForm.from(parameters);
		if (form.hasPosition() && !(String.valueOf(form.latitude()).equals(parameters.getFirst("lat"))
				&& String.valueOf(form.longitude()).equals(parameters.getFirst("lon")))) {
			return "redirect:" + RequestLanguage.prefix(request) + form.url();
		}
		var problems = new ArrayList<>(form.problems());

		PlaceResolver.Resolved location = null;
		if (form.hasPosition()) {
			location = new PlaceResolver.Resolved(new OfferQuery.Point(form.latitude(), form.longitude()), "",
					List.of());
		}
		else if (!form.place().isEmpty()) {
			location = places.resolve(form.place());
			if (location == null) {
				problems.add(new OfferSearchForm.Problem("ort", "offers.search.problem.unknownPlace",
						List.of(form.place())));
			}
		}

		var today = LocalDate.now(clock.withZone(LOCAL));
		var result = search.search(query(form, location, form.page(), today));
		if (result.hits().isEmpty() && result.total() > 0) {
			result = search.search(query(form, location, result.pageCount(), today));
		}

		var kreise = regions.currentKreise();
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		model.addAttribute("location", location);
		model.addAttribute("result", result);
		var text = new PageText(messages, locale);
		model.addAttribute("cards", result.hits().stream().map(hit -> OfferCard.of(hit, text)).toList());
		model.addAttribute("facets", facets(form, result, kreise, text));
		model.addAttribute("radii", OfferSearchForm.RADII);
		model.addAttribute("suggestions", result.total() == 0 ? suggestions(form, location) : List.of());
		model.addAttribute("kreise", kreise);
		model.addAttribute("kreisMap", regions.kreisMap());
		model.addAttribute("kreisCounts", result.counts(SearchFacet.KREIS));
		model.addAttribute("kreisLinks", kreisLinks(form, kreise));
		model.addAttribute("previousPage", result.page() > 0 ? form.onPage(result.page()) : null);
		model.addAttribute("nextPage", result.page() + 1 < result.pageCount() ? form.onPage(result.page() + 2) : null);
		return "offers/index";
	}

	private static OfferQuery query(OfferSearchForm form, PlaceResolver.@Nullable Resolved location, int page,
			LocalDate today) {
		return new OfferQuery(form.text(), location == null ? null : location.point(), form.radiusKm(),
				form.filters(), page - 1, PAGE_SIZE, today);
	}

	private List<FacetGroup> facets(OfferSearchForm form, OfferSearchResult result, List<KreisSummary> kreise,
			PageText text) {
		var locale = text.locale();
		var groups = new ArrayList<FacetGroup>();
		var topicNames = new LinkedHashMap<String, String>();
		referenceData.all(ReferenceData.Kind.TOPIC)
			.forEach(topic -> topicNames.put(topic.slug(), topic.name().in(locale).text()));
		groups.add(group(form, result, SearchFacet.TOPIC, "offers.search.facet.topic", topicNames, null, text));
		var groupNames = new LinkedHashMap<String, String>();
		referenceData.all(ReferenceData.Kind.TARGET_GROUP)
			.forEach(group -> groupNames.put(group.slug(), group.name().in(locale).text()));
		groups.add(group(form, result, SearchFacet.TARGET_GROUP, "offers.search.facet.targetGroup", groupNames, null,
				text));
		var languages = new LinkedHashMap<String, String>();
		SpokenLanguages.CODES.forEach(code -> languages.put(code, ""));
		groups.add(group(form, result, SearchFacet.LANGUAGE, "offers.search.facet.language", languages,
				SpokenLanguages::messageKey, text));
		var modes = new LinkedHashMap<String, String>();
		for (var mode : OfferMode.values()) {
			modes.put(mode.name(), "");
		}
		groups.add(group(form, result, SearchFacet.MODE, "offers.search.facet.mode", modes,
				value -> OfferMode.valueOf(value).messageKey(), text));
		var free = new LinkedHashMap<String, String>();
		free.put("true", "");
		groups.add(group(form, result, SearchFacet.FREE, "offers.search.facet.free", free,
				value -> "offers.search.facet.freeOnly", text));
		groups.add(group(form, result, SearchFacet.KREIS, "offers.search.facet.kreis", kreisNames(kreise), null, text));
		return groups;
	}

	/**
	 * The values in their natural order (reference data order, language list, Kreis names); only values that
	 * would find something or are selected, so the list stays short on a phone. Labels and counts are resolved
	 * here, once per page, rather than by a message expression per checkbox in the template.
	 */
	private static FacetGroup group(OfferSearchForm form, OfferSearchResult result, SearchFacet facet,
			String titleKey, Map<String, String> names, @Nullable Function<String, String> labelKeys, PageText text) {
		var counts = result.counts(facet);
		var options = new ArrayList<FacetGroup.Option>();
		var parameter = OfferSearchForm.parameter(facet);
		names.forEach((value, name) -> {
			var count = counts.getOrDefault(value, 0L);
			var selected = form.isSelected(facet, value);
			if (count > 0 || selected) {
				options.add(new FacetGroup.Option(value,
						labelKeys == null ? name : text.message(labelKeys.apply(value)), count,
						text.message("offers.search.facet.count", text.number(count)), selected,
						"filter-" + parameter + "-" + value));
			}
		});
		return new FacetGroup(parameter, titleKey, List.copyOf(options), !form.selected(facet).isEmpty(),
				form.withoutFacet(facet));
	}

	private static List<Suggestion> suggestions(OfferSearchForm form, PlaceResolver.@Nullable Resolved location) {
		var suggestions = new ArrayList<Suggestion>();
		if (location != null) {
			WIDER_RADII.stream()
				.filter(radius -> radius > form.radiusKm())
				.findFirst()
				.ifPresent(radius -> suggestions
					.add(new Suggestion("offers.search.suggest.radius", List.of(radius), form.withRadius(radius))));
		}
		for (var facet : SearchFacet.values()) {
			if (!form.selected(facet).isEmpty()) {
				suggestions.add(new Suggestion("offers.search.suggest.dropFilter." + facet.name(), List.of(),
						form.withoutFacet(facet)));
			}
		}
		var words = form.text().isBlank() ? List.<String>of() : List.of(form.text().split(" "));
		if (words.size() > 1 && !form.text().contains("|")) {
			suggestions.add(new Suggestion("offers.search.suggest.anyWord", List.of(),
					form.withText(String.join(" | ", words))));
		}
		if (!words.isEmpty()) {
			suggestions.add(new Suggestion("offers.search.suggest.dropText", List.of(form.text()), form.withText("")));
		}
		if (location != null) {
			suggestions.add(new Suggestion("offers.search.suggest.dropPlace", List.of(), form.withoutPlace()));
		}
		return suggestions;
	}

	private static Map<String, String> kreisNames(List<KreisSummary> kreise) {
		var names = new LinkedHashMap<String, String>();
		kreise.forEach(kreis -> names.put(kreis.key(), kreis.name()));
		return names;
	}

	private static Map<String, String> kreisLinks(OfferSearchForm form, List<KreisSummary> kreise) {
		var links = new LinkedHashMap<String, String>();
		kreise.forEach(kreis -> links.put(kreis.key(), form.toggling(SearchFacet.KREIS, kreis.key())));
		return links;
	}
}
