package org.integrationskompass.offers.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationskompass.offers.OfferId;
import org.integrationskompass.offers.domain.OfferFreshness;
import org.integrationskompass.offers.domain.OfferLookup;
import org.integrationskompass.offers.domain.ReferenceData;
import org.integrationskompass.regions.KreisSummary;
import org.integrationskompass.regions.RegionDirectory;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The freshness dashboard: how many published offers were confirmed within the last 12 months, overall, per Kreis
 * and per field of action, and the offers due for a reminder, reminded and paused. Staff may confirm an offer here.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
class FreshnessAdminController {

	static final String PATH = "/admin/angebote/aktualitaet";

	private final OfferFreshness freshness;

	private final OfferLookup lookup;

	private final RegionDirectory regions;

	private final ReferenceData referenceData;

	FreshnessAdminController(OfferFreshness freshness, OfferLookup lookup, RegionDirectory regions,
			ReferenceData referenceData) {
		this.freshness = freshness;
		this.lookup = lookup;
		this.regions = regions;
		this.referenceData = referenceData;
	}

	@GetMapping(PATH)
	String dashboard(Model model) {
		model.addAttribute("dashboard", freshness.dashboard());
		model.addAttribute("kreisNames", regions.currentKreise().stream()
			.collect(Collectors.toMap(KreisSummary::key, KreisSummary::name, (a, b) -> a)));
		Map<String, ReferenceData.Term> topics = referenceData.all(ReferenceData.Kind.TOPIC).stream()
			.collect(Collectors.toMap(ReferenceData.Term::slug, Function.identity(), (a, b) -> a));
		model.addAttribute("topics", topics);
		return "offers/admin/freshness";
	}

	@PostMapping("/admin/angebote/{id}/noch-aktuell")
	String confirm(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
		OfferId offerId;
		try {
			offerId = new OfferId(UUID.fromString(id));
		}
		catch (IllegalArgumentException e) {
			throw new NotFoundException("offer " + id);
		}
		if (lookup.byId(offerId, offer -> offer.slug()).isEmpty()) {
			throw new NotFoundException("offer " + id);
		}
		var offer = freshness.confirmByStaff(offerId);
		redirect.addFlashAttribute("confirmedTitle", offer.title().get("de").orElse(offer.slug()));
		return "redirect:" + RequestLanguage.prefix(request) + PATH;
	}
}
