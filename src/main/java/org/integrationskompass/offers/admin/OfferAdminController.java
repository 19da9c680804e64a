package org.integrationskompass.offers.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.integrationskompass.offers.OfferId;
import org.integrationskompass.offers.domain.Offer;
import org.integrationskompass.offers.domain.OfferLookup;
import org.integrationskompass.offers.domain.OfferMode;
import org.integrationskompass.offers.domain.OfferService;
import org.integrationskompass.offers.domain.OfferStatus;
import org.integrationskompass.offers.domain.ReferenceData;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.organisations.OrganisationId;
import org.integrationskompass.shared.domain.SpokenLanguages;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff keep the offers here: a filtered list, one form for new and existing offers, publishing and archiving.
 * The form works without JavaScript: "add a place" re-renders it with another empty row, and a row left empty is
 * no place. Errors answer 200 with everything typed kept; a change someone else saved in the meantime is never
 * overwritten silently.
 */
@Controller
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN', 'FACHSTELLE')")
class OfferAdminController {

	static final int PAGE_SIZE = 50;

	private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

	private final OfferLookup lookup;

	private final OfferService offers;

	private final OfferFormCheck check;

	private final OrganisationDirectory organisations;

	private final ReferenceData referenceData;

	OfferAdminController(OfferLookup lookup, OfferService offers, OfferFormCheck check,
			OrganisationDirectory organisations, ReferenceData referenceData) {
		this.lookup = lookup;
		this.offers = offers;
		this.check = check;
		this.organisations = organisations;
		this.referenceData = referenceData;
	}

	@GetMapping("/admin/angebote")
	String index(@RequestParam(name = "status", required = false) @Nullable String status,
			@RequestParam(name = "organisation", required = false) @Nullable String organisation,
			@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "seite", required = false) @Nullable String page, HttpServletRequest request,
			Model model) {
		var chosenStatus = parseStatus(status);
		var chosenOrganisation = parseUuid(organisation).map(OrganisationId::new).orElse(null);
		var query = text == null ? "" : text.length() > 200 ? text.substring(0, 200) : text;
		var pageNumber = parsePage(page);
		var result = lookup.list(chosenStatus, chosenOrganisation, query, pageNumber - 1, PAGE_SIZE, OfferRow::of);
		model.addAttribute("offers", result);
		model.addAttribute("status", chosenStatus == null ? "" : chosenStatus.name());
		model.addAttribute("organisation", chosenOrganisation == null ? "" : chosenOrganisation.value().toString());
		model.addAttribute("q", query);
		model.addAttribute("page", pageNumber);
		model.addAttribute("statuses", OfferStatus.values());
		model.addAttribute("organisations", organisations.all());
		// the freshness dashboard is for editors and administrators only
		model.addAttribute("freshnessLink", request.isUserInRole("EDITOR") || request.isUserInRole("ADMIN"));
		return "offers/admin/index";
	}

	@GetMapping("/admin/angebote/neu")
	String newOffer(Model model) {
		return form(OfferForm.empty(today().toString()).withEmptyRows(1), null, model);
	}

	@PostMapping("/admin/angebote/neu")
	String create(@ModelAttribute("form") OfferForm posted, @RequestParam(name = "addPlace", required = false)
	@Nullable String addPlace, HttpServletRequest request, RedirectAttributes redirect, Model model) {
		var form = posted.compacted();
		var errors = new BeanPropertyBindingResult(form, "form");
		if (addPlace != null) {
			return form(form.withEmptyRows(2), null, errors, model);
		}
		var details = check.check(form, errors, null, today());
		if (details.isEmpty()) {
			return form(form.withEmptyRows(1), null, errors, model);
		}
		var created = offers.create(details.get(), null, false);
		redirect.addFlashAttribute("saved", created.slug());
		return "redirect:" + RequestLanguage.prefix(request) + "/admin/angebote/" + created.id() + "/bearbeiten";
	}

	@GetMapping("/admin/angebote/{id}/bearbeiten")
	String edit(@PathVariable String id, Model model) {
		var offerId = offerId(id);
		var form = lookup.byId(offerId, OfferForm::of).orElseThrow(() -> new NotFoundException("offer " + id));
		return form(form.withEmptyRows(1), offerId, model);
	}

	@PostMapping("/admin/angebote/{id}/bearbeiten")
	String update(@PathVariable String id, @ModelAttribute("form") OfferForm posted,
			@RequestParam(name = "addPlace", required = false) @Nullable String addPlace, HttpServletRequest request,
			RedirectAttributes redirect, Model model) {
		var offerId = offerId(id);
		var existing = lookup.byId(offerId, Offer::details).orElseThrow(() -> new NotFoundException("offer " + id));
		var form = posted.compacted();
		var errors = new BeanPropertyBindingResult(form, "form");
		if (addPlace != null) {
			return form(form.withEmptyRows(2), offerId, errors, model);
		}
		var details = check.check(form, errors, existing, today());
		long version;
		try {
			version = Long.parseLong(form.version() == null ? "" : form.version());
		}
		catch (NumberFormatException e) {
			version = -1;
		}
		if (details.isEmpty()) {
			return form(form.withEmptyRows(1), offerId, errors, model);
		}
		try {
			var saved = offers.update(offerId, version, details.get());
			redirect.addFlashAttribute("saved", saved.slug());
		}
		catch (OptimisticLockingFailureException changedInTheMeantime) {
			errors.reject("offers.admin.form.conflict");
			return form(form.withEmptyRows(1), offerId, errors, model);
		}
		return "redirect:" + RequestLanguage.prefix(request) + "/admin/angebote/" + offerId + "/bearbeiten";
	}

	/** Publishing, archiving or taking an offer back to draft, from the list. */
	@PostMapping("/admin/angebote/{id}/status")
	String changeStatus(@PathVariable String id, @RequestParam(name = "status", required = false) @Nullable String status,
			HttpServletRequest request, RedirectAttributes redirect) {
		var offerId = offerId(id);
		var newStatus = parseStatus(status);
		if (lookup.byId(offerId, Offer::slug).isEmpty()) {
			throw new NotFoundException("offer " + id);
		}
		if (newStatus != null) {
			var changed = offers.changeStatus(offerId, newStatus);
			redirect.addFlashAttribute("statusChanged", newStatus.name());
			redirect.addFlashAttribute("statusChangedTitle", changed.title().get("de").orElse(changed.slug()));
		}
		return "redirect:" + RequestLanguage.prefix(request) + "/admin/angebote";
	}

	private String form(OfferForm form, @Nullable OfferId id, Model model) {
		return form(form, id, new BeanPropertyBindingResult(form, "form"), model);
	}

	private String form(OfferForm form, @Nullable OfferId id, BindingResult errors, Model model) {
		// the errors were found on the form without its empty rows; the page shows it with them
		var shown = new BeanPropertyBindingResult(form, "form");
		shown.addAllErrors(errors);
		model.addAttribute("form", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", shown);
		model.addAttribute("offerId", id == null ? null : id.toString());
		model.addAttribute("organisations", organisations.all());
		var chosenTopics = form.topics() == null ? List.<String>of() : form.topics();
		var chosenGroups = form.targetGroups() == null ? List.<String>of() : form.targetGroups();
		model.addAttribute("topics", referenceData.all(ReferenceData.Kind.TOPIC).stream()
			.filter(term -> term.active() || chosenTopics.contains(term.slug()))
			.toList());
		model.addAttribute("targetGroups", referenceData.all(ReferenceData.Kind.TARGET_GROUP).stream()
			.filter(term -> term.active() || chosenGroups.contains(term.slug()))
			.toList());
		model.addAttribute("languages", SpokenLanguages.CODES);
		model.addAttribute("modes", OfferMode.values());
		model.addAttribute("statuses", OfferStatus.values());
		return "offers/admin/form";
	}

	private static LocalDate today() {
		return LocalDate.now(OFFICE_ZONE);
	}

	private static OfferId offerId(String id) {
		return parseUuid(id).map(OfferId::new).orElseThrow(() -> new NotFoundException("offer " + id));
	}

	private static Optional<UUID> parseUuid(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? Optional.empty()
					: Optional.of(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static @Nullable OfferStatus parseStatus(@Nullable String value) {
		for (var status : OfferStatus.values()) {
			if (status.name().equals(value)) {
				return status;
			}
		}
		return null;
	}

	private static int parsePage(@Nullable String value) {
		try {
			return value == null ? 1 : Math.max(1, Math.min(100_000, Integer.parseInt(value.strip())));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}
}
