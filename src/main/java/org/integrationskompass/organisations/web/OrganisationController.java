package org.integrationskompass.organisations.web;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.integrationskompass.organisations.OrganisationKind;
import org.integrationskompass.organisations.OrganisationProfileContent;
import org.integrationskompass.organisations.ProfileSection;
import org.integrationskompass.organisations.domain.OrganisationListing;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.integrationskompass.regions.KreisSummary;
import org.integrationskompass.regions.RegionDirectory;
import org.integrationskompass.shared.domain.SpokenLanguages;
import org.integrationskompass.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public directory of organisations: a list with filters (kind, Kreis, language), the statewide overview of
 * how many organisations each Kreis has (map and table), profile pages and logos.
 */
@Controller
class OrganisationController {

	static final String DIRECTORY = "/organisationen";

	private final OrganisationListing listing;

	private final OrganisationService organisations;

	private final RegionDirectory regions;

	private final List<OrganisationProfileContent> profileContents;

	OrganisationController(OrganisationListing listing, OrganisationService organisations, RegionDirectory regions,
			List<OrganisationProfileContent> profileContents) {
		this.listing = listing;
		this.organisations = organisations;
		this.regions = regions;
		this.profileContents = profileContents;
	}

	@GetMapping(DIRECTORY)
	String directory(@RequestParam(name = "art", required = false) @Nullable String kind,
			@RequestParam(name = "kreis", required = false) @Nullable String kreis,
			@RequestParam(name = "sprache", required = false) @Nullable String language, Model model) {
		var kreise = regions.currentKreise();
		var kreisNames = kreise.stream().collect(Collectors.toMap(KreisSummary::key, KreisSummary::name));
		var filter = DirectoryFilterForm.of(kind, kreis, language, kreisNames.keySet());
		var directory = listing.directory(filter.asFilter());
		var found = directory.found().stream()
			.map(o -> new OrganisationCard(o.summary(),
					o.summary().kreisKey() == null ? null : kreisNames.get(o.summary().kreisKey()), o.languages()))
			.toList();
		var counts = directory.countsPerKreis();
		Map<String, String> links = kreise.stream()
			.collect(Collectors.toMap(KreisSummary::key, k -> filter.pathWithKreis(k.key())));
		model.addAttribute("filter", filter);
		model.addAttribute("organisations", found);
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("kreise", kreise);
		model.addAttribute("languages", SpokenLanguages.CODES);
		model.addAttribute("chosenKreisName", filter.kreisKey() == null ? null : kreisNames.get(filter.kreisKey()));
		model.addAttribute("withoutKreis", filter.pathWithKreis(null));
		model.addAttribute("kreisMap", regions.kreisMap());
		model.addAttribute("kreisCounts", counts);
		model.addAttribute("kreisLinks", links);
		model.addAttribute("totalCount", counts.values().stream().mapToLong(Long::longValue).sum());
		return "organisations/index";
	}

	@GetMapping(DIRECTORY + "/{slug}")
	String profile(@PathVariable String slug, Locale locale, Model model) {
		var profile = organisations.findProfile(slug).orElseThrow(() -> new NotFoundException("organisation " + slug));
		var summary = profile.summary();
		model.addAttribute("profile", profile);
		model.addAttribute("organisation", summary);
		model.addAttribute("details", profile.details());
		model.addAttribute("kreis", summary.kreisKey() == null ? null : regions.findKreis(summary.kreisKey()).orElse(null));
		model.addAttribute("languages", SpokenLanguages.CODES.stream()
			.filter(profile.details().languages()::contains)
			.toList());
		model.addAttribute("logoVersion", profile.logoUpdated().map(t -> Long.toString(t.toEpochMilli())).orElse(null));
		model.addAttribute("sections", profileContents.stream()
			.map(content -> content.sectionFor(summary.id(), locale))
			.flatMap(java.util.Optional::stream)
			.filter(section -> !section.entries().isEmpty())
			.sorted(Comparator.comparingInt(ProfileSection::order))
			.toList());
		return "organisations/show";
	}

	/**
	 * The logo as stored: only PNG, JPEG or WebP ever get in (checked on upload by content, not by name), and
	 * {@code nosniff} keeps browsers from reading it as anything else.
	 */
	@GetMapping(DIRECTORY + "/{slug}/logo")
	ResponseEntity<byte[]> logo(@PathVariable String slug) {
		var logo = organisations.findLogo(slug).orElseThrow(() -> new NotFoundException("logo of " + slug));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(logo.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.lastModified(logo.updated())
			.header("Content-Disposition", "inline")
			.body(logo.data());
	}
}
