package org.integrationskompass.events.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventAdministration;
import org.integrationskompass.events.domain.EventTimes;
import org.integrationskompass.events.domain.Registration;
import org.integrationskompass.events.domain.RegistrationMailRepository;
import org.integrationskompass.events.domain.RegistrationRejected;
import org.integrationskompass.events.domain.RegistrationRepository;
import org.integrationskompass.events.domain.RegistrationRequest;
import org.integrationskompass.events.domain.RegistrationService;
import org.integrationskompass.events.domain.RegistrationStatus;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.integrationskompass.shared.web.SiteLanguages;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registrations of one event for staff: participants with check-in, the waiting list in its order, adding and
 * removing by hand, and a message to everyone. Every action is a POST with CSRF protection and answers with a
 * redirect and a note of what happened.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR', 'FACHSTELLE')")
class RegistrationAdminController {

	private static final String PAGE = EventAdminController.LIST + "/{id}/anmeldungen";

	private final EventAdministration administration;

	private final RegistrationService service;

	private final RegistrationRepository registrations;

	private final RegistrationMailRepository mails;

	private final SiteLanguages site;

	private final MessageSource messages;

	RegistrationAdminController(EventAdministration administration, RegistrationService service,
			RegistrationRepository registrations, RegistrationMailRepository mails, SiteLanguages site,
			MessageSource messages) {
		this.administration = administration;
		this.service = service;
		this.registrations = registrations;
		this.mails = mails;
		this.site = site;
		this.messages = messages;
	}

	@GetMapping(PAGE)
	String page(@PathVariable String id, Locale locale, Model model, HttpServletResponse response) {
		var event = event(id);
		if (!model.containsAttribute("addForm")) {
			model.addAttribute("addForm", StaffRegistrationForm.empty());
		}
		if (!model.containsAttribute("messageForm")) {
			model.addAttribute("messageForm", MessageForm.empty());
		}
		return render(event, locale, model, response);
	}

	@PostMapping(PAGE)
	String add(@PathVariable String id, @Valid @ModelAttribute("addForm") StaffRegistrationForm form,
			BindingResult errors, Locale locale, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		var event = event(id);
		var seats = form.seats() == null || !form.seats().strip().matches("\\d{1,6}") ? null
				: Integer.valueOf(form.seats().strip());
		if (!errors.hasFieldErrors("seats") && (seats == null || seats < 1 || seats > Math.max(1, event.capacity()))) {
			errors.rejectValue("seats", "events.admin.registrations.seats.invalid",
					new Object[] { Math.max(1, event.capacity()) }, null);
		}
		var language = site.languages().contains(form.language()) ? form.language() : site.defaultLanguage();
		if (!errors.hasErrors()) {
			try {
				var added = service.addByStaff(event.id(), new RegistrationRequest(Objects.requireNonNull(seats),
						Objects.requireNonNull(form.name()).strip(), Objects.requireNonNull(form.email()).strip(),
						blankToNull(form.organisation()), blankToNull(form.needs()),
						messages.getMessage("events.admin.registrations.consentByStaff", null, Locale.GERMAN),
						Objects.requireNonNull(language)));
				redirect.addFlashAttribute("added", added.registration().name());
				redirect.addFlashAttribute("addedWaiting", !added.confirmed());
				return "redirect:" + RequestLanguage.prefix(request) + path(event);
			}
			catch (RegistrationRejected rejected) {
				errors.reject(rejected.messageKey());
			}
			catch (DataIntegrityViolationException registeredAlready) {
				service.resendLink(event.id(), Objects.requireNonNull(form.email()).strip());
				errors.reject("events.registration.rejected.ALREADY_REGISTERED");
			}
		}
		model.addAttribute("messageForm", MessageForm.empty());
		return render(event, locale, model, response);
	}

	/** Removing someone mails them and gives their seats away, so it is asked once more on a page of its own. */
	@GetMapping(PAGE + "/{registrationId}/entfernen")
	String confirmRemoval(@PathVariable String id, @PathVariable String registrationId, Locale locale, Model model,
			HttpServletResponse response) {
		var event = event(id);
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("event", event);
		model.addAttribute("when", EventTimes.span(event.startsAt(), event.endsAt(), locale));
		model.addAttribute("registration", registration(event, registrationId));
		return "events/admin/remove";
	}

	@PostMapping(PAGE + "/{registrationId}/entfernen")
	String remove(@PathVariable String id, @PathVariable String registrationId,
			@RequestParam(name = "confirm", required = false) @Nullable String confirm, RedirectAttributes redirect,
			HttpServletRequest request) {
		var event = event(id);
		var registration = registration(event, registrationId);
		if (!"yes".equals(confirm)) {
			return "redirect:" + RequestLanguage.prefix(request) + path(event) + "/" + registration.id() + "/entfernen";
		}
		service.removeByStaff(registration.id());
		redirect.addFlashAttribute("removed", registration.name());
		return "redirect:" + RequestLanguage.prefix(request) + path(event);
	}

	@PostMapping(PAGE + "/{registrationId}/anwesend")
	String checkIn(@PathVariable String id, @PathVariable String registrationId,
			@RequestParam(name = "arrived", defaultValue = "true") boolean arrived, HttpServletRequest request) {
		var event = event(id);
		var registration = registration(event, registrationId);
		service.checkIn(registration.id(), arrived);
		return "redirect:" + RequestLanguage.prefix(request) + path(event) + "#r-" + registration.id();
	}

	@PostMapping(PAGE + "/nachricht")
	String message(@PathVariable String id, @Valid @ModelAttribute("messageForm") MessageForm form,
			BindingResult errors, Locale locale, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		var event = event(id);
		if (errors.hasErrors()) {
			model.addAttribute("addForm", StaffRegistrationForm.empty());
			return render(event, locale, model, response);
		}
		var count = service.messageAll(event.id(), Objects.requireNonNull(form.subject()).strip(),
				Objects.requireNonNull(form.body()).strip(), Boolean.TRUE.equals(form.includingWaitingList()));
		redirect.addFlashAttribute("messaged", count);
		return "redirect:" + RequestLanguage.prefix(request) + path(event);
	}

	private String render(Event event, Locale locale, Model model, HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		var all = registrations.findByEvent(event.id()).stream().filter(r -> !r.anonymised()).toList();
		var participants = only(all, EnumSet.of(RegistrationStatus.CONFIRMED));
		var waiting = only(all, EnumSet.of(RegistrationStatus.OFFERED, RegistrationStatus.WAITING));
		var ended = only(all, EnumSet.of(RegistrationStatus.CANCELLED, RegistrationStatus.EXPIRED));
		model.addAttribute("event", event);
		model.addAttribute("when", EventTimes.span(event.startsAt(), event.endsAt(), locale));
		model.addAttribute("participants", participants);
		model.addAttribute("waiting", waiting);
		model.addAttribute("ended", ended);
		model.addAttribute("seatsConfirmed", participants.stream().mapToInt(Registration::seats).sum());
		model.addAttribute("seatsWaiting", waiting.stream().mapToInt(Registration::seats).sum());
		model.addAttribute("checkedIn", participants.stream().filter(r -> r.checkedInAt() != null).count());
		model.addAttribute("unsentMails", mails.countUnsentForEvent(event.id()));
		model.addAttribute("anonymised", registrations.findByEvent(event.id()).stream().anyMatch(Registration::anonymised));
		model.addAttribute("siteLanguages", site.languages());
		model.addAttribute("zone", EventTimes.BERLIN);
		return "events/admin/registrations";
	}

	private static List<Registration> only(List<Registration> all, EnumSet<RegistrationStatus> statuses) {
		return all.stream().filter(registration -> statuses.contains(registration.status())).toList();
	}

	private Event event(String id) {
		try {
			return administration.find(UUID.fromString(id)).orElseThrow(() -> new NotFoundException("event " + id));
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException("event " + id);
		}
	}

	private Registration registration(Event event, String id) {
		try {
			var registrationId = UUID.fromString(id);
			return registrations.findById(registrationId)
				.filter(registration -> registration.eventId().equals(event.id()))
				.orElseThrow(() -> new NotFoundException("registration " + id));
		}
		catch (IllegalArgumentException notAnId) {
			throw new NotFoundException("registration " + id);
		}
	}

	private static String path(Event event) {
		return EventAdminController.LIST + "/" + event.id() + "/anmeldungen";
	}

	private static @org.jspecify.annotations.Nullable String blankToNull(@org.jspecify.annotations.Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
