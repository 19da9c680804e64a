package org.integrationskompass.events.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventAdministration;
import org.integrationskompass.events.domain.EventCategory;
import org.integrationskompass.events.domain.EventDetails;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventStatus;
import org.integrationskompass.events.domain.EventTimes;
import org.integrationskompass.events.domain.EventType;
import org.integrationskompass.events.domain.RegistrationRepository;
import org.integrationskompass.events.domain.RegistrationService;
import org.integrationskompass.events.domain.RegistrationStatus;
import org.integrationskompass.events.domain.Venue;
import org.integrationskompass.organisations.OrganisationDirectory;
import org.integrationskompass.organisations.OrganisationSummary;
import org.integrationskompass.regions.KreisSummary;
import org.integrationskompass.regions.RegionDirectory;
import org.integrationskompass.shared.domain.SpokenLanguages;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.integrationskompass.shared.web.UploadedImage;
import org.integrationskompass.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff keep the events: the list (drafts included), create and edit with image, publish, cancel. A form with errors
 * comes back with 200 and everything typed (only a chosen file has to be chosen again).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'FACHSTELLE')")
class EventAdminController {

	static final String LIST = "/admin/veranstaltungen";

	static final long MAX_IMAGE_BYTES = 5L * 1024 * 1024;

	private final EventRepository events;

	private final EventAdministration administration;

	private final RegistrationService registrations;

	private final RegistrationRepository registrationRepository;

	private final OrganisationDirectory organisations;

	private final RegionDirectory regions;

	private final Clock clock;

	EventAdminController(EventRepository events, EventAdministration administration, RegistrationService registrations,
			RegistrationRepository registrationRepository, OrganisationDirectory organisations, RegionDirectory regions,
			Clock clock) {
		this.events = events;
		this.administration = administration;
		this.registrations = registrations;
		this.registrationRepository = registrationRepository;
		this.organisations = organisations;
		this.regions = regions;
		this.clock = clock;
	}

	@ModelAttribute("types")
	EventType[] types() {
		return EventType.values();
	}

	@ModelAttribute("categories")
	EventCategory[] categories() {
		return EventCategory.values();
	}

	@ModelAttribute("spokenLanguages")
	List<String> spokenLanguages() {
		return SpokenLanguages.CODES;
	}

	@ModelAttribute("kreise")
	List<KreisSummary> kreise() {
		return regions.currentKreise();
	}

	@ModelAttribute("organisations")
	List<OrganisationSummary> organisations() {
		return organisations.all().stream().sorted(Comparator.comparing(OrganisationSummary::name)).toList();
	}

	@GetMapping(LIST)
	String index(java.util.Locale locale, Model model) {
		var all = events.findAll().stream()
			.sorted(Comparator.comparing(Event::startsAt).reversed())
			.toList();
		var waiting = all.stream().collect(Collectors.toMap(Event::id, event -> registrationRepository
			.findByEventAndStatus(event.id(), RegistrationStatus.WAITING).size()));
		model.addAttribute("events", all.stream().map(event -> new EventRow(event,
				EventTimes.span(event.startsAt(), event.endsAt(), locale), waiting.getOrDefault(event.id(), 0))).toList());
		return "events/admin/index";
	}

	@GetMapping(LIST + "/neu")
	String newForm(Model model) {
		model.addAttribute("form", EventForm.empty());
		return form(null, model);
	}

	@PostMapping(LIST + "/neu")
	String create(@Valid @ModelAttribute("form") EventForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletRequest request) {
		var image = UploadedImage.of(form.image(), MAX_IMAGE_BYTES);
		var details = check(form, errors, image.orElse(null), false);
		if (errors.hasErrors() || details == null) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, EventForm.FIELDS));
			return form(null, model);
		}
		var created = administration.create(details);
		image.ifPresent(upload -> administration.replaceImage(created.id(), Objects.requireNonNull(upload.contentType()),
				Objects.requireNonNull(upload.data())));
		redirect.addFlashAttribute("saved", created.title().in("de").text());
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + created.id();
	}

	@GetMapping(LIST + "/{id}")
	String editForm(@PathVariable String id, Model model) {
		var event = event(id);
		model.addAttribute("form", EventForm.of(event));
		return form(event, model);
	}

	@PostMapping(LIST + "/{id}")
	String update(@PathVariable String id, @Valid @ModelAttribute("form") EventForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request, java.util.Locale locale) {
		var event = event(id);
		var image = UploadedImage.of(form.image(), MAX_IMAGE_BYTES);
		var keepsImage = administration.hasImage(event.id()) && !form.imageToBeRemoved();
		var details = check(form, errors, image.orElse(null), keepsImage);
		var savedMeanwhile = form.editedFrom() != null && !form.editedFrom().equals(event.updatedAt().toString());
		if (savedMeanwhile) {
			// Saving now would silently undo the other person's changes: say so first, and let a second save decide.
			errors.reject("events.admin.form.editConflict", new Object[] { EventTimes.moment(event.updatedAt(), locale) }, null);
			model.addAttribute("editedFrom", event.updatedAt().toString());
		}
		if (!errors.hasErrors() && details != null) {
			try {
				administration.update(event.id(), details);
				if (image.isPresent()) {
					administration.replaceImage(event.id(), Objects.requireNonNull(image.get().contentType()),
							Objects.requireNonNull(image.get().data()));
				}
				else if (form.imageToBeRemoved()) {
					administration.removeImage(event.id());
				}
				redirect.addFlashAttribute("saved", details.title().in("de").text());
				return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + event.id();
			}
			catch (EventAdministration.CapacityBelowSeatsTaken tooFew) {
				errors.rejectValue("capacity", "events.admin.form.capacity.belowTaken", new Object[] { tooFew.taken() },
						null);
			}
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, EventForm.FIELDS));
		return form(event, model);
	}

	@PostMapping(LIST + "/{id}/veroeffentlichen")
	String publish(@PathVariable String id, RedirectAttributes redirect, HttpServletRequest request) {
		var event = event(id);
		administration.publish(event.id());
		redirect.addFlashAttribute("published", true);
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + event.id();
	}

	@PostMapping(LIST + "/{id}/absagen")
	String cancel(@PathVariable String id, @org.springframework.web.bind.annotation.RequestParam(
			name = "confirm", required = false) @Nullable String confirm, RedirectAttributes redirect,
			HttpServletRequest request) {
		var event = event(id);
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("cancelNotConfirmed", true);
		}
		else {
			registrations.cancelEvent(event.id()).ifPresent(told -> redirect.addFlashAttribute("cancelledTold", told));
		}
		return "redirect:" + RequestLanguage.prefix(request) + LIST + "/" + event.id();
	}

	/** The image as stored, also of drafts (the public address serves published events only). */
	@GetMapping(LIST + "/{id}/bild")
	org.springframework.http.ResponseEntity<byte[]> image(@PathVariable String id) {
		var event = event(id);
		var image = administration.image(event.id()).orElseThrow(() -> new NotFoundException("image of " + id));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(image.contentType()))
			.cacheControl(org.springframework.http.CacheControl.noCache())
			.header("Content-Disposition", "inline")
			.body(image.data());
	}

	private String form(@Nullable Event event, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("hasImage", event != null && administration.hasImage(event.id()));
		model.addAttribute("imageVersion", event == null ? null : Long.toString(event.updatedAt().toEpochMilli()));
		return "events/admin/form";
	}

	private Event event(String id) {
		try {
			return administration.find(UUID.fromString(id)).orElseThrow(() -> new NotFoundException("event " + id));
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException("event " + id);
		}
	}

	/** Parses and checks what Bean Validation cannot; null when something is wrong ({@code errors} says what). */
	private @Nullable EventDetails check(EventForm form, BindingResult errors, @Nullable UploadedImage image,
			boolean keepsImage) {
		var type = parse(EventType.class, form.type());
		if (type == null) {
			errors.rejectValue("type", "typeMismatch");
		}
		var category = parse(EventCategory.class, form.category());
		if (category == null) {
			errors.rejectValue("category", "typeMismatch");
		}
		UUID organisationId = null;
		var organisation = EventForm.blankToNull(form.organisationId());
		if (organisation != null) {
			organisationId = organisations().stream().map(summary -> summary.id().value())
				.filter(candidate -> candidate.toString().equals(organisation)).findFirst().orElse(null);
			if (organisationId == null) {
				errors.rejectValue("organisationId", "typeMismatch");
			}
		}
		var startsAt = EventForm.instant(form.startDate(), form.startTime());
		if (startsAt.isEmpty() && !errors.hasFieldErrors("startDate") && !errors.hasFieldErrors("startTime")) {
			errors.rejectValue("startDate", "events.admin.form.dateTime.invalid");
		}
		var endDate = EventForm.blankToNull(form.endDate()) == null ? form.startDate() : form.endDate();
		var endsAt = EventForm.instant(endDate, form.endTime());
		var endOnItsOwn = EventForm.blankToNull(form.endDate()) != null || startsAt.isPresent();
		if (endsAt.isEmpty() && endOnItsOwn && !errors.hasFieldErrors("endTime")) {
			errors.rejectValue("endTime", "events.admin.form.dateTime.invalid");
		}
		if (startsAt.isPresent() && endsAt.isPresent() && endsAt.get().isBefore(startsAt.get())) {
			errors.rejectValue("endTime", "events.admin.form.end.beforeStart");
		}
		var meetingLink = EventForm.blankToNull(form.meetingLink());
		if (meetingLink != null && !meetingLink.matches("https://[^\\s<>\"]+")) {
			errors.rejectValue("meetingLink", "events.admin.form.meetingLink.invalid");
		}
		var venue = venue(form, errors);
		if (!form.isOnline() && venue != null && venue.city() == null && !errors.hasFieldErrors("city")) {
			errors.rejectValue("city", "events.admin.form.place.required");
		}
		if (form.languageCodes().stream().anyMatch(code -> !SpokenLanguages.isKnown(code))) {
			errors.rejectValue("languages", "typeMismatch");
		}
		var capacity = EventForm.number(form.capacity());
		if (!errors.hasFieldErrors("capacity") && (capacity.isEmpty() || capacity.get() < 0 || capacity.get() > 100_000)) {
			errors.rejectValue("capacity", "events.admin.form.capacity.invalid");
		}
		var maxSeats = EventForm.number(form.maxSeats());
		if (!errors.hasFieldErrors("maxSeats") && (maxSeats.isEmpty() || maxSeats.get() < 1 || maxSeats.get() > 50)) {
			errors.rejectValue("maxSeats", "events.admin.form.maxSeats.invalid");
		}
		var opensAt = EventForm.blankToNull(form.opensDate()) == null ? java.util.Optional.<java.time.Instant>empty()
				: EventForm.instant(form.opensDate(), form.opensTime());
		if (EventForm.blankToNull(form.opensDate()) != null && opensAt.isEmpty()) {
			errors.rejectValue("opensDate", "events.admin.form.dateTime.invalid");
		}
		var closesAt = EventForm.blankToNull(form.closesDate()) == null ? java.util.Optional.<java.time.Instant>empty()
				: EventForm.instant(form.closesDate(), form.closesTime());
		if (EventForm.blankToNull(form.closesDate()) != null && closesAt.isEmpty()) {
			errors.rejectValue("closesDate", "events.admin.form.dateTime.invalid");
		}
		if (opensAt.isPresent() && closesAt.isPresent() && closesAt.get().isBefore(opensAt.get())) {
			errors.rejectValue("closesDate", "events.admin.form.closes.beforeOpens");
		}
		if (image != null && !image.ok()) {
			var code = "events.admin.form.image." + Objects.requireNonNull(image.problem()).name();
			errors.addError(new FieldError("form", "image", null, false, new String[] { code }, null, code));
		}
		if ((image != null && image.ok() || keepsImage) && EventForm.blankToNull(form.imageAltDe()) == null
				&& !errors.hasFieldErrors("imageAltDe")) {
			errors.rejectValue("imageAltDe", "events.admin.form.imageAlt.required");
		}
		if (errors.hasErrors() || type == null || category == null || startsAt.isEmpty() || endsAt.isEmpty()
				|| capacity.isEmpty() || maxSeats.isEmpty() || venue == null) {
			return null;
		}
		return new EventDetails(form.title(), form.teaser(), form.description(), type, category, organisationId,
				startsAt.get(), endsAt.get(), venue, form.isOnline(), meetingLink, Boolean.TRUE.equals(form.stepFree()),
				Boolean.TRUE.equals(form.inductionLoop()), Boolean.TRUE.equals(form.signLanguage()),
				form.accessibilityNote(), java.util.Set.copyOf(form.languageCodes()), capacity.get(), maxSeats.get(),
				opensAt.orElse(null), closesAt.orElse(null), form.imageAlt(), EventForm.blankToNull(form.imageCredit()));
	}

	/** The venue with its Kreis and coordinates from the postcode where the gazetteer knows it. */
	private @Nullable Venue venue(EventForm form, BindingResult errors) {
		var name = EventForm.blankToNull(form.venueName());
		var street = EventForm.blankToNull(form.street());
		var postcode = EventForm.blankToNull(form.postcode());
		var city = EventForm.blankToNull(form.city());
		var kreis = EventForm.blankToNull(form.kreisKey());
		if (kreis != null && regions.findKreis(kreis).isEmpty()) {
			errors.rejectValue("kreisKey", "typeMismatch");
			return null;
		}
		if (postcode != null && !postcode.matches("\\d{5}")) {
			errors.rejectValue("postcode", "events.admin.form.postcode.invalid");
			return null;
		}
		Double latitude = null;
		Double longitude = null;
		if (postcode != null) {
			var matches = regions.findByPostcode(postcode);
			var match = matches.stream()
				.sorted(Comparator.comparing(m -> city == null || !m.municipalityName().equalsIgnoreCase(city)))
				.findFirst();
			if (match.isPresent()) {
				latitude = match.get().latitude();
				longitude = match.get().longitude();
				if (kreis == null) {
					kreis = match.get().kreisKey();
				}
			}
		}
		return new Venue(name, street, postcode, city, kreis, latitude, longitude);
	}

	private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
		try {
			return value == null ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	/** A line of the back office's event list. */
	record EventRow(Event event, String when, int waiting) {

		boolean isDraft() {
			return event.status() == EventStatus.DRAFT;
		}
	}
}
