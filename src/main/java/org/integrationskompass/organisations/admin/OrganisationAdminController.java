package org.integrationskompass.organisations.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.integrationskompass.organisations.Fachstelle;
import org.integrationskompass.organisations.OrganisationId;
import org.integrationskompass.organisations.OrganisationKind;
import org.integrationskompass.organisations.domain.DirectoryFilter;
import org.integrationskompass.organisations.domain.OrganisationDetails;
import org.integrationskompass.organisations.domain.OrganisationListing;
import org.integrationskompass.organisations.domain.OrganisationService;
import org.integrationskompass.regions.KreisSummary;
import org.integrationskompass.regions.PlaceMatch;
import org.integrationskompass.regions.RegionDirectory;
import org.integrationskompass.shared.domain.SpokenLanguages;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff keep the directory of organisations: list, create and edit, with a logo. A form with errors comes back
 * with 200 and everything typed (only a chosen file has to be chosen again: browsers never fill in file fields).
 * Saving over someone else's newer changes is refused with a message rather than silently losing theirs.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'FACHSTELLE')")
class OrganisationAdminController {

	static final String LIST = "/admin/organisationen";

	private final OrganisationService organisations;

	private final OrganisationListing listing;

	private final RegionDirectory regions;

	OrganisationAdminController(OrganisationService organisations, OrganisationListing listing,
			RegionDirectory regions) {
		this.organisations = organisations;
		this.listing = listing;
		this.regions = regions;
	}

	@ModelAttribute("kinds")
	OrganisationKind[] kinds() {
		return OrganisationKind.values();
	}

	@ModelAttribute("fachstellen")
	Fachstelle[] fachstellen() {
		return Fachstelle.values();
	}

	@ModelAttribute("spokenLanguages")
	List<String> spokenLanguages() {
		return SpokenLanguages.CODES;
	}

	@ModelAttribute("kreise")
	List<KreisSummary> kreise() {
		return regions.currentKreise();
	}

	@GetMapping(LIST)
	String index(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(name = "art", required = false) @Nullable String kind, Model model) {
		var query = text == null ? "" : text.strip();
		if (query.length() > 200) {
			query = query.substring(0, 200);
		}
		var chosenKind = kindOf(kind);
		var kreisNames = regions.currentKreise().stream()
			.collect(Collectors.toMap(KreisSummary::key, KreisSummary::name));
		model.addAttribute("query", query);
		model.addAttribute("chosenKind", chosenKind);
		model.addAttribute("kreisNames", kreisNames);
		model.addAttribute("organisations", listing.find(new DirectoryFilter(chosenKind, null, null, query)));
		return "organisations/admin/index";
	}

	@GetMapping(LIST + "/neu")
	String newForm(Model model) {
		model.addAttribute("form", OrganisationForm.empty());
		return form(null, false, model);
	}

	@PostMapping(LIST + "/neu")
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		var logo = LogoUpload.of(form.logo());
		var details = check(form, errors, logo.orElse(null), false);
		if (errors.hasErrors() || details == null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", inFormOrder(errors));
			return form(null, false, model);
		}
		var created = organisations.create(details, false);
		logo.ifPresent(upload -> organisations.replaceLogo(created.id(), Objects.requireNonNull(upload.contentType()),
				Objects.requireNonNull(upload.data())));
		redirect.addFlashAttribute("saved", created.name());
		return "redirect:" + RequestLanguage.prefix(request) + LIST;
	}

	@GetMapping(LIST + "/{id}/bearbeiten")
	String editForm(@PathVariable String id, Model model) {
		var organisationId = idOf(id);
		var editable = organisations.findForEditing(organisationId)
			.orElseThrow(() -> new NotFoundException("organisation " + id));
		model.addAttribute("form", OrganisationForm.of(editable.details(), editable.version()));
		return form(organisationId, organisations.hasLogo(organisationId), model);
	}

	@PostMapping(LIST + "/{id}/bearbeiten")
	String update(@PathVariable String id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var organisationId = idOf(id);
		var current = organisations.findForEditing(organisationId)
			.orElseThrow(() -> new NotFoundException("organisation " + id));
		var hasLogo = organisations.hasLogo(organisationId);
		var logo = LogoUpload.of(form.logo());
		var keepsLogo = hasLogo && !form.logoToBeRemoved();
		var details = check(form, errors, logo.orElse(null), keepsLogo);
		var version = form.versionValue();
		if (version.isEmpty()) {
			errors.reject("organisations.admin.form.conflict");
		}
		if (errors.hasErrors() || details == null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", inFormOrder(errors));
			return form(organisationId, hasLogo, model);
		}
		try {
			organisations.update(organisationId, version.orElseThrow(), details);
		}
		catch (ObjectOptimisticLockingFailureException changedMeanwhile) {
			var latest = organisations.findForEditing(organisationId).map(e -> e.version()).orElse(current.version());
			var again = form.withVersion(latest);
			var conflict = new BeanPropertyBindingResult(again, "form");
			conflict.reject("organisations.admin.form.conflict");
			model.addAttribute("form", again);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", conflict);
			return form(organisationId, hasLogo, model);
		}
		if (logo.isPresent()) {
			var upload = logo.get();
			organisations.replaceLogo(organisationId, Objects.requireNonNull(upload.contentType()),
					Objects.requireNonNull(upload.data()));
		}
		else if (form.logoToBeRemoved()) {
			organisations.removeLogo(organisationId);
		}
		redirect.addFlashAttribute("saved", details.name());
		return "redirect:" + RequestLanguage.prefix(request) + LIST;
	}

	/**
	 * Checks what Bean Validation cannot (known languages, the logo, its alternative text, the address) and turns
	 * the form into details; null when something is wrong (then {@code errors} says what).
	 */
	private @Nullable OrganisationDetails check(OrganisationForm form, BindingResult errors,
			@Nullable LogoUpload logo, boolean keepsLogo) {
		if (!errors.hasFieldErrors("kind") && form.kindValue().isEmpty()) {
			errors.rejectValue("kind", "typeMismatch");
		}
		if (!form.fachstelleKnown()) {
			errors.rejectValue("fachstelle", "typeMismatch");
		}
		if (form.languageCodes().stream().anyMatch(code -> !SpokenLanguages.isKnown(code))) {
			errors.rejectValue("languages", "typeMismatch");
		}
		if (logo != null && !logo.ok()) {
			errors.addError(new FieldError("form", "logo", null, false, new String[] { logo.errorCode() }, null,
					logo.errorCode()));
		}
		if ((logo != null && logo.ok() || keepsLogo) && OrganisationForm.blankToNull(form.logoAltDe()) == null
				&& !errors.hasFieldErrors("logoAltDe")) {
			errors.rejectValue("logoAltDe", "organisations.admin.form.logoAlt.required");
		}
		var address = address(form, errors);
		if (errors.hasErrors() || address == null) {
			return null;
		}
		return new OrganisationDetails(Objects.requireNonNull(form.name()).strip(), form.kindValue().orElseThrow(),
				form.description(), OrganisationForm.blankToNull(form.street()), address.postcode(), address.city(),
				address.ags(), address.kreisKey(), address.latitude(), address.longitude(),
				OrganisationForm.blankToNull(form.website()), OrganisationForm.blankToNull(form.email()),
				OrganisationForm.blankToNull(form.phone()), form.languageCodes().stream()
					.map(SpokenLanguages::normalise)
					.collect(Collectors.toSet()),
				form.logoAlt(), form.isVerified(), form.fachstelleValue());
	}

	/**
	 * The address's municipality, Kreis and coordinates from the postcode. A postcode the gazetteer does not know
	 * (or no gazetteer imported yet) needs the Kreis chosen by hand; then the address has no coordinates.
	 */
	private @Nullable Address address(OrganisationForm form, BindingResult errors) {
		if (errors.hasFieldErrors("postcode") || errors.hasFieldErrors("kreisKey") || errors.hasFieldErrors("city")) {
			return null;
		}
		var postcode = OrganisationForm.blankToNull(form.postcode());
		var city = OrganisationForm.blankToNull(form.city());
		var chosenKreis = OrganisationForm.blankToNull(form.kreisKey());
		if (chosenKreis != null && regions.findKreis(chosenKreis).filter(k -> k.isValidOn(java.time.LocalDate.now()))
			.isEmpty()) {
			errors.rejectValue("kreisKey", "typeMismatch");
			return null;
		}
		if (postcode == null) {
			return new Address(null, city, null, chosenKreis, null, null);
		}
		var matches = regions.findByPostcode(postcode);
		if (matches.isEmpty()) {
			if (chosenKreis == null) {
				errors.rejectValue("kreisKey", "organisations.admin.form.kreis.unknownPostcode");
				return null;
			}
			return new Address(postcode, city, null, chosenKreis, null, null);
		}
		var match = pick(matches, city, chosenKreis);
		return new Address(postcode, city != null ? city : match.municipalityName(), match.ags(), match.kreisKey(),
				match.latitude(), match.longitude());
	}

	/** A postcode shared by two municipalities: the one named in the city field, or in the chosen Kreis. */
	private static PlaceMatch pick(List<PlaceMatch> matches, @Nullable String city, @Nullable String chosenKreis) {
		Comparator<PlaceMatch> preference = Comparator
			.comparing((PlaceMatch m) -> city == null || !m.municipalityName().equalsIgnoreCase(city))
			.thenComparing(m -> chosenKreis == null || !m.kreisKey().equals(chosenKreis));
		return matches.stream().sorted(preference).findFirst().orElseThrow();
	}

	private String form(@Nullable OrganisationId id, boolean hasLogo, Model model) {
		model.addAttribute("organisationId", id);
		model.addAttribute("hasLogo", hasLogo);
		model.addAttribute("slug", id == null ? null : organisations.findForEditing(id).map(e -> e.summary().slug()).orElse(null));
		return "organisations/admin/form";
	}

	private static OrganisationId idOf(String id) {
		try {
			return new OrganisationId(UUID.fromString(id));
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException("organisation " + id);
		}
	}

	private static @Nullable OrganisationKind kindOf(@Nullable String value) {
		if (value == null) {
			return null;
		}
		var name = value.strip().toUpperCase(Locale.ROOT);
		return java.util.Arrays.stream(OrganisationKind.values()).filter(k -> k.name().equals(name)).findFirst()
			.orElse(null);
	}

	/** The error summary lists errors in the order of the fields, so that it reads like the form. */
	private static BindingResult inFormOrder(BindingResult errors) {
		var ordered = new BeanPropertyBindingResult(errors.getTarget(), errors.getObjectName());
		errors.getGlobalErrors().forEach(ordered::addError);
		errors.getFieldErrors().stream()
			.sorted(Comparator.comparingInt(error -> {
				var index = OrganisationForm.FIELDS.indexOf(error.getField());
				return index < 0 ? Integer.MAX_VALUE : index;
			}))
			.forEach(ordered::addError);
		return ordered;
	}

	private record Address(@Nullable String postcode, @Nullable String city, @Nullable String ags,
			@Nullable String kreisKey, @Nullable Double latitude, @Nullable Double longitude) {
	}
}
