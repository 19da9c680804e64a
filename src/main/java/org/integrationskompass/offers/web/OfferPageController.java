package org.integrationskompass.offers.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import org.integrationskompass.offers.domain.OfferLookup;
import org.integrationskompass.offers.domain.OfferReports;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page of one offer, the page people share and print, with the form to report outdated information.
 *
 * <p>Only published offers that are not over are public; drafts, archived and ended offers answer 404 like an
 * unknown address, so a guessed slug tells nothing. A report with errors is answered with 200 and the page (the
 * visitor keeps what they typed); success redirects to {@code ?gemeldet} (Post/Redirect/Get) rather than using a
 * flash attribute, which would need a session cookie.
 */
@Controller
class OfferPageController {

	static final String REPORT_ANCHOR = "#meldung";

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	private final OfferLookup offers;

	private final OfferReports reports;

	private final OrganisationDirectory organisations;

	private final ReportRateLimit rateLimit;

	private final String baseUrl;

	OfferPageController(OfferLookup offers, OfferReports reports, OrganisationDirectory organisations,
			ReportRateLimit rateLimit, @Value("${platform.site.base-url:http://localhost:8080}") String baseUrl) {
		this.offers = offers;
		this.reports = reports;
		this.organisations = organisations;
		this.rateLimit = rateLimit;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/angebote/{slug}")
	String show(@PathVariable String slug, @RequestParam(name = "gemeldet", required = false) @Nullable String reported,
			HttpServletRequest request, Locale locale, Model model) {
		model.addAttribute("form", ReportForm.empty());
		model.addAttribute("reported", reported != null);
		return page(visibleOffer(slug), request, locale, model);
	}

	@PostMapping("/angebote/{slug}/meldung")
	String report(@PathVariable String slug, @Valid @ModelAttribute("form") ReportForm form, BindingResult errors,
			HttpServletRequest request, Locale locale, Model model) {
		var offer = visibleOffer(slug);
		if (!errors.hasErrors() && !rateLimit.tryAcquire(request.getRemoteAddr())) {
			errors.reject("offers.show.report.tooMany");
		}
		if (errors.hasErrors()) {
			model.addAttribute("reported", false);
			return page(offer, request, locale, model);
		}
		reports.receive(offer.id(), Objects.requireNonNull(form.message()), locale.getLanguage());
		return "redirect:" + RequestLanguage.prefix(request) + "/angebote/" + offer.slug() + "?gemeldet"
				+ REPORT_ANCHOR;
	}

	/** The form's address appears after a failed post (and in the language switch): lead it back to the page. */
	@GetMapping("/angebote/{slug}/meldung")
	String reportAddress(@PathVariable String slug, HttpServletRequest request) {
		var offer = visibleOffer(slug);
		return "redirect:" + RequestLanguage.prefix(request) + "/angebote/" + offer.slug() + REPORT_ANCHOR;
	}

	private OfferPage visibleOffer(String slug) {
		var today = LocalDate.now(OFFICE_ZONE);
		return offers.bySlug(slug, offer -> OfferPage.of(offer, today))
			.filter(OfferPage::visible)
			.orElseThrow(() -> new NotFoundException("offer " + slug));
	}

	private String page(OfferPage offer, HttpServletRequest request, Locale locale, Model model) {
		var organisation = organisations.find(offer.organisation());
		var prefix = RequestLanguage.prefix(request);
		var organisationPath = organisation.map(o -> "/organisationen/" + o.slug()).orElse(null);
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		model.addAttribute("offer", offer);
		model.addAttribute("organisationPath", organisationPath);
		model.addAttribute("startsOnText", offer.startsOn() == null ? null : offer.startsOn().format(dates));
		model.addAttribute("endsOnText", offer.endsOn() == null ? null : offer.endsOn().format(dates));
		model.addAttribute("lastConfirmedText", offer.lastConfirmedOn().format(dates));
		model.addAttribute("jsonLd", OfferJsonLd.of(offer, baseUrl + prefix + "/angebote/" + offer.slug(),
				baseUrl + prefix + (organisationPath == null ? "/organisationen" : organisationPath),
				locale.getLanguage()));
		return "offers/show";
	}
}
