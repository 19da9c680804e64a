package org.integrationskompass.offers.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.integrationskompass.offers.OfferId;
import org.integrationskompass.offers.domain.Offer;
import org.integrationskompass.offers.domain.OfferLookup;
import org.integrationskompass.offers.domain.OfferReport;
import org.integrationskompass.offers.domain.OfferReports;
import org.integrationskompass.shared.web.RequestLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Editors work through visitors' reports of outdated offers: open ones first, marked done when handled. */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FACHSTELLE')")
class OfferReportAdminController {

	static final int SHOWN = 300;

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	private final OfferReports reports;

	private final OfferLookup offers;

	OfferReportAdminController(OfferReports reports, OfferLookup offers) {
		this.reports = reports;
		this.offers = offers;
	}

	@GetMapping("/admin/angebote/meldungen")
	String index(Model model) {
		var shown = reports.forReview(SHOWN);
		Map<OfferId, Offer> byId = offers
			.all(shown.stream().map(OfferReport::offer).distinct().toList(), Function.identity())
			.stream()
			.collect(Collectors.toMap(Offer::id, Function.identity()));
		model.addAttribute("reports", shown.stream().map(report -> ReportRow.of(report, byId.get(report.offer())))
			.toList());
		model.addAttribute("open", reports.countOpen());
		return "offers/admin/reports";
	}

	@PostMapping("/admin/angebote/meldungen/{id}/erledigt")
	String resolve(@PathVariable String id, HttpServletRequest request) {
		try {
			reports.resolve(Long.parseLong(id));
		}
		catch (NumberFormatException ignored) {
			// an address nobody links to: nothing to mark
		}
		return "redirect:" + RequestLanguage.prefix(request) + "/admin/angebote/meldungen";
	}

	/** A report with the offer it is about (null when the offer is gone). */
	record ReportRow(long id, String message, String language, ZonedDateTime receivedAt,
			@Nullable ZonedDateTime resolvedAt, @Nullable String offerId, @Nullable String offerTitle,
			@Nullable String offerSlug) {

		static ReportRow of(OfferReport report, @Nullable Offer offer) {
			return new ReportRow(report.id(), report.message(), report.language(),
					report.receivedAt().atZone(OFFICE_ZONE),
					report.resolvedAt().map(at -> at.atZone(OFFICE_ZONE)).orElse(null),
					offer == null ? null : offer.id().toString(),
					offer == null ? null : offer.title().get("de").orElse(offer.slug()),
					offer == null ? null : offer.slug());
		}
	}
}
