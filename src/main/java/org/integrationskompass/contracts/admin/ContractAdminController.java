package org.integrationskompass.contracts.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.integrationskompass.contracts.domain.ContractAdministration;
import org.integrationskompass.contracts.domain.ContractDetails;
import org.integrationskompass.contracts.domain.ContractFormats;
import org.integrationskompass.contracts.domain.ContractPartner;
import org.integrationskompass.contracts.domain.ContractRepository;
import org.integrationskompass.contracts.domain.Funding;
import org.integrationskompass.contracts.domain.FundingKind;
import org.integrationskompass.contracts.domain.IntegrationContract;
import org.integrationskompass.contracts.domain.Measure;
import org.integrationskompass.contracts.domain.MeasureDetails;
import org.integrationskompass.contracts.domain.MeasureProgress;
import org.integrationskompass.contracts.domain.MeasureStatus;
import org.integrationskompass.events.EventCalendar;
import org.integrationskompass.offers.OfferCatalog;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.integrationskompass.shared.web.PdfUpload;
import org.integrationskompass.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
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
 * Editors keep the integration contracts: the list (drafts included), create and edit, measures, documents,
 * publish and withdraw. A form with errors comes back with 200, an error summary and everything typed (only a chosen
 * file has to be chosen again).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class ContractAdminController {

	static final String LIST = "/admin/integrationsvertraege";

	static final String TOO_LARGE = "zu-gross";

	private final ContractRepository contracts;

	private final ContractAdministration administration;

	private final OrganisationDirectory organisations;

	private final EventCalendar calendar;

	private final OfferCatalog offers;

	private final DataSize documentLimit;

	ContractAdminController(ContractRepository contracts, ContractAdministration administration,
			OrganisationDirectory organisations, EventCalendar calendar, OfferCatalog offers,
			@Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize documentLimit) {
		this.contracts = contracts;
		this.administration = administration;
		this.organisations = organisations;
		this.calendar = calendar;
		this.offers = offers;
		this.documentLimit = documentLimit;
	}

	@GetMapping(LIST)
	String index(Locale locale, Model model) {
		var all = contracts.findAll().stream()
			.sorted(Comparator.comparing(IntegrationContract::signedOn, Comparator.nullsFirst(Comparator.reverseOrder()))
				.thenComparing(IntegrationContract::slug))
			.map(contract -> new ContractRow(contract,
					contract.signedOn() == null ? null : ContractFormats.date(Objects.requireNonNull(contract.signedOn()), locale),
					contract.overallProgress().percent() == null ? null
							: ContractFormats.percent(Objects.requireNonNull(contract.overallProgress().percent()), locale)))
			.toList();
		model.addAttribute("contracts", all);
		return "contracts/admin/index";
	}

	@GetMapping(LIST + "/neu")
	String newForm(Model model) {
		model.addAttribute("form", ContractForm.empty());
		return form(null, model, Locale.GERMAN);
	}

	@PostMapping(LIST + "/neu")
	String create(@Valid @ModelAttribute("form") ContractForm form, BindingResult errors, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletRequest request) {
		var details = check(form, errors);
		if (errors.hasErrors() || details == null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, ContractForm.FIELDS));
			return form(null, model, locale);
		}
		var created = administration.create(details);
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + created.id();
	}

	@GetMapping(LIST + "/{id}")
	String editForm(@PathVariable String id, Model model, Locale locale) {
		var contract = contract(id);
		model.addAttribute("form", ContractForm.of(contract));
		return form(contract, model, locale);
	}

	@PostMapping(LIST + "/{id}")
	String update(@PathVariable String id, @Valid @ModelAttribute("form") ContractForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletRequest request) {
		var contract = contract(id);
		var details = check(form, errors);
		if (errors.hasErrors() || details == null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, ContractForm.FIELDS));
			return form(contract, model, locale);
		}
		administration.update(contract.id(), details);
		redirect.addFlashAttribute("saved", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + contract.id();
	}

	@PostMapping(LIST + "/{id}/veroeffentlichen")
	String publish(@PathVariable String id, RedirectAttributes redirect, HttpServletRequest request) {
		var contract = contract(id);
		administration.publish(contract.id());
		redirect.addFlashAttribute("published", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + contract.id();
	}

	@PostMapping(LIST + "/{id}/zurueckziehen")
	String unpublish(@PathVariable String id, RedirectAttributes redirect, HttpServletRequest request) {
		var contract = contract(id);
		administration.unpublish(contract.id());
		redirect.addFlashAttribute("unpublished", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + contract.id();
	}

	// --- measures ---

	@GetMapping(LIST + "/{id}/massnahmen/neu")
	String newMeasure(@PathVariable String id, Model model) {
		model.addAttribute("form", MeasureForm.empty());
		return measureForm(contract(id), null, model);
	}

	@PostMapping(LIST + "/{id}/massnahmen/neu")
	String addMeasure(@PathVariable String id, @Valid @ModelAttribute("form") MeasureForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var contract = contract(id);
		var details = check(form, errors);
		if (errors.hasErrors() || details == null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, MeasureForm.FIELDS));
			return measureForm(contract, null, model);
		}
		administration.addMeasure(contract.id(), details);
		redirect.addFlashAttribute("measureSaved", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + contract.id() + "#measures";
	}

	@GetMapping(LIST + "/{id}/massnahmen/{measureId}")
	String editMeasure(@PathVariable String id, @PathVariable String measureId, Model model) {
		var contract = contract(id);
		var measure = measure(contract, measureId);
		model.addAttribute("form", MeasureForm.of(measure));
		return measureForm(contract, measure, model);
	}

	@PostMapping(LIST + "/{id}/massnahmen/{measureId}")
	String changeMeasure(@PathVariable String id, @PathVariable String measureId,
			@Valid @ModelAttribute("form") MeasureForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		var contract = contract(id);
		var measure = measure(contract, measureId);
		var details = check(form, errors);
		if (errors.hasErrors() || details == null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, MeasureForm.FIELDS));
			return measureForm(contract, measure, model);
		}
		administration.changeMeasure(contract.id(), measure.id(), details);
		redirect.addFlashAttribute("measureSaved", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + contract.id() + "#measures";
	}

	@PostMapping(LIST + "/{id}/massnahmen/{measureId}/entfernen")
	String removeMeasure(@PathVariable String id, @PathVariable String measureId, RedirectAttributes redirect,
			HttpServletRequest request) {
		var contract = contract(id);
		administration.removeMeasure(contract.id(), measure(contract, measureId).id());
		redirect.addFlashAttribute("measureRemoved", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + contract.id() + "#measures";
	}

	// --- documents ---

	@GetMapping(LIST + "/{id}/dokumente/neu")
	String newDocument(@PathVariable String id,
			@RequestParam(name = TOO_LARGE, required = false) @Nullable String tooLarge, Model model) {
		var contract = contract(id);
		var form = DocumentForm.empty();
		model.addAttribute("form", form);
		if (tooLarge != null) {
			var errors = new BeanPropertyBindingResult(form, "form");
			errors.rejectValue("file", "contracts.admin.document.TOO_LARGE", new Object[] { documentLimit.toMegabytes() },
					null);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
		}
		return documentForm(contract, model);
	}

	@PostMapping(LIST + "/{id}/dokumente/neu")
	String addDocument(@PathVariable String id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		var contract = contract(id);
		var upload = PdfUpload.of(form.file(), documentLimit.toBytes());
		if (upload.isEmpty()) {
			errors.rejectValue("file", "contracts.admin.document.MISSING");
		}
		else if (!upload.get().ok()) {
			var code = "contracts.admin.document." + Objects.requireNonNull(upload.get().problem()).name();
			errors.addError(new FieldError("form", "file", null, false, new String[] { code },
					new Object[] { documentLimit.toMegabytes() }, code));
		}
		if (errors.hasErrors() || upload.isEmpty()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, DocumentForm.FIELDS));
			return documentForm(contract, model);
		}
		administration.addDocument(contract.id(), form.title(), upload.get().fileName(), form.isAccessible(),
				Objects.requireNonNull(upload.get().data()));
		redirect.addFlashAttribute("documentSaved", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + contract.id() + "#documents";
	}

	@PostMapping(LIST + "/{id}/dokumente/{documentId}/entfernen")
	String removeDocument(@PathVariable String id, @PathVariable String documentId, RedirectAttributes redirect,
			HttpServletRequest request) {
		var contract = contract(id);
		if (!administration.removeDocument(contract.id(), uuid(documentId))) {
			throw new NotFoundException("document " + documentId);
		}
		redirect.addFlashAttribute("documentRemoved", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + contract.id() + "#documents";
	}

	/** A document as stored, also of drafts (the public address serves published contracts only). */
	@GetMapping(LIST + "/{id}/dokumente/{documentId}")
	ResponseEntity<byte[]> document(@PathVariable String id, @PathVariable String documentId) {
		var contract = contract(id);
		var download = administration.download(contract.id(), uuid(documentId))
			.orElseThrow(() -> new NotFoundException("document " + documentId));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", ContentDisposition.attachment()
				.filename(download.document().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(download.data());
	}

	private String form(@Nullable IntegrationContract contract, Model model, Locale locale) {
		model.addAttribute("contract", contract);
		model.addAttribute("organisations", organisations.all());
		model.addAttribute("fundingKinds", FundingKind.values());
		if (contract != null) {
			model.addAttribute("measures", contract.measures());
			model.addAttribute("progress", contract.overallProgress());
			model.addAttribute("documents", administration.documents(contract.id()).stream()
				.map(document -> new DocumentRow(document.id(), document.title().in("de").text(), document.fileName(),
						ContractFormats.fileSize(document.sizeBytes(), locale), document.accessible()))
				.toList());
		}
		return "contracts/admin/form";
	}

	private String measureForm(IntegrationContract contract, @Nullable Measure measure, Model model) {
		model.addAttribute("contract", contract);
		model.addAttribute("measure", measure);
		model.addAttribute("statuses", MeasureStatus.values());
		return "contracts/admin/measure";
	}

	private String documentForm(IntegrationContract contract, Model model) {
		model.addAttribute("contract", contract);
		model.addAttribute("limit", documentLimit.toMegabytes());
		return "contracts/admin/document";
	}

	private IntegrationContract contract(String id) {
		return administration.find(uuid(id)).orElseThrow(() -> new NotFoundException("contract " + id));
	}

	private static Measure measure(IntegrationContract contract, String measureId) {
		return contract.measure(uuid(measureId)).orElseThrow(() -> new NotFoundException("measure " + measureId));
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException("no id: " + id);
		}
	}

	/** Parses and checks what Bean Validation cannot; null when something is wrong ({@code errors} says what). */
	private @Nullable ContractDetails check(ContractForm form, BindingResult errors) {
		var partners = new ArrayList<ContractPartner>();
		var directory = organisations.all();
		for (var chosen : form.chosenPartnerIds()) {
			directory.stream().filter(summary -> summary.id().value().toString().equals(chosen)).findFirst()
				.ifPresentOrElse(summary -> partners.add(new ContractPartner(summary.id().value(), summary.name())),
						() -> errors.rejectValue("partnerIds", "typeMismatch"));
		}
		var names = ContractForm.lines(form.partnerNames());
		if (names.stream().anyMatch(name -> name.length() > 300)) {
			errors.rejectValue("partnerNames", "contracts.admin.form.partnerNames.tooLong");
		}
		names.forEach(name -> partners.add(new ContractPartner(null, name)));
		if (partners.isEmpty() && !errors.hasFieldErrors("partnerIds")) {
			errors.rejectValue("partnerIds", "contracts.admin.form.partners.required");
		}
		var signedOn = date(form.signedOn(), "signedOn", errors);
		var startsOn = date(form.startsOn(), "startsOn", errors);
		var endsOn = date(form.endsOn(), "endsOn", errors);
		if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
			errors.rejectValue("endsOn", "contracts.admin.form.term.endBeforeStart");
		}
		var signingEvent = ContractForm.blankToNull(form.signingEvent());
		String signingEventSlug = null;
		if (signingEvent != null) {
			signingEventSlug = slugOf(signingEvent, "/veranstaltungen/");
			if (calendar.findBySlug(signingEventSlug).isEmpty()) {
				errors.rejectValue("signingEvent", "contracts.admin.form.event.unknown", new Object[] { signingEvent }, null);
			}
		}
		var announcement = ContractForm.blankToNull(form.announcementUrl());
		if (announcement != null && !(announcement.matches("https?://[^\\s<>\"]+") || announcement.matches("/[^/\\s<>\"][^\\s<>\"]*"))) {
			errors.rejectValue("announcementUrl", "contracts.admin.form.announcement.invalid");
		}
		var funding = funding(form, errors);
		var eventSlugs = links(form.events(), "/veranstaltungen/", slug -> calendar.findBySlug(slug).isPresent(), "events",
				errors);
		var offerSlugs = links(form.offers(), "/angebote/", slug -> offers.findBySlug(slug).isPresent(), "offers", errors);
		if (errors.hasErrors() || funding == null) {
			return null;
		}
		return new ContractDetails(form.title(), form.topic(), form.summary(), form.legalBasis(), partners, signedOn,
				signingEventSlug, announcement, startsOn, endsOn, funding, eventSlugs, offerSlugs);
	}

	private static @Nullable Funding funding(ContractForm form, BindingResult errors) {
		FundingKind kind = null;
		for (var candidate : FundingKind.values()) {
			if (candidate.name().equals(form.funding())) {
				kind = candidate;
			}
		}
		if (kind == null) {
			errors.rejectValue("funding", "contracts.admin.form.funding.required");
		}
		var amount = ContractForm.euros(form.amount());
		if (amount == null) {
			errors.rejectValue("amount", "contracts.admin.form.amount.invalid");
			return null;
		}
		if (amount.isPresent() && amount.get().signum() < 0) {
			errors.rejectValue("amount", "contracts.admin.form.amount.negative");
			return null;
		}
		if (amount.isPresent() && amount.get().compareTo(Funding.MAX_AMOUNT) > 0) {
			errors.rejectValue("amount", "contracts.admin.form.amount.invalid");
			return null;
		}
		if (kind == FundingKind.SELF_COMMITMENT && amount.isPresent()) {
			errors.rejectValue("amount", "contracts.admin.form.amount.selfCommitment");
			return null;
		}
		if (kind == null) {
			return null;
		}
		return kind == FundingKind.SELF_COMMITMENT ? Funding.selfCommitment() : Funding.stateFunded(amount.orElse(null));
	}

	private static @Nullable LocalDate date(@Nullable String value, String field, BindingResult errors) {
		var parsed = ContractForm.date(value);
		if (parsed == null) {
			errors.rejectValue(field, "contracts.admin.form.date.invalid");
			return null;
		}
		return parsed.orElse(null);
	}

	/** Related events or offers, one per line, as their address or just the last part of it. */
	private static List<String> links(@Nullable String lines, String prefix, Predicate<String> exists, String field,
			BindingResult errors) {
		var slugs = new ArrayList<String>();
		var unknown = new ArrayList<String>();
		for (var line : ContractForm.lines(lines)) {
			var slug = slugOf(line, prefix);
			if (exists.test(slug)) {
				if (!slugs.contains(slug)) {
					slugs.add(slug);
				}
			}
			else {
				unknown.add(line);
			}
		}
		if (!unknown.isEmpty()) {
			errors.rejectValue(field, "contracts.admin.form." + field + ".unknown", new Object[] { String.join(", ", unknown) },
					null);
		}
		return slugs;
	}

	/** "https://…/en/veranstaltungen/fachtag?x#y" and "fachtag" both give "fachtag". */
	static String slugOf(String entered, String prefix) {
		var text = entered.strip().replaceAll("[?#].*$", "").replaceAll("/+$", "");
		var at = text.lastIndexOf(prefix);
		var slug = at >= 0 ? text.substring(at + prefix.length()) : text.substring(text.lastIndexOf('/') + 1);
		return slug.toLowerCase(Locale.ROOT);
	}

	private static @Nullable MeasureDetails check(MeasureForm form, BindingResult errors) {
		MeasureStatus status = null;
		for (var candidate : MeasureStatus.values()) {
			if (candidate.name().equals(form.status())) {
				status = candidate;
			}
		}
		if (status == null) {
			errors.rejectValue("status", "contracts.admin.measure.status.required");
		}
		Integer progress = null;
		if (!errors.hasFieldErrors("progress")) {
			var typed = Objects.requireNonNull(form.progress()).strip().replace("%", "").strip();
			if (typed.matches("-?\\d{1,4}") && Integer.parseInt(typed) >= 0 && Integer.parseInt(typed) <= 100) {
				progress = Integer.valueOf(typed);
			}
			else {
				errors.rejectValue("progress", "contracts.admin.measure.progress.invalid");
			}
		}
		if (errors.hasErrors() || status == null || progress == null) {
			return null;
		}
		return new MeasureDetails(form.title(), form.description(), new MeasureProgress(status, progress));
	}

	/** A line of the back office's contract list. */
	record ContractRow(IntegrationContract contract, @Nullable String signedOn, @Nullable String percent) {
	}

	/** A document on the edit page. */
	record DocumentRow(UUID id, String title, String fileName, String size, boolean accessible) {
	}
}
