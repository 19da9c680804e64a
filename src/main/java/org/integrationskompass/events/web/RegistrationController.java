package org.integrationskompass.events.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.integrationskompass.events.domain.Availability;
import org.integrationskompass.events.domain.Event;
import org.integrationskompass.events.domain.EventRepository;
import org.integrationskompass.events.domain.EventStatus;
import org.integrationskompass.events.domain.EventTimes;
import org.integrationskompass.events.domain.Registration;
import org.integrationskompass.events.domain.RegistrationRejected;
import org.integrationskompass.events.domain.RegistrationRequest;
import org.integrationskompass.events.domain.RegistrationService;
import org.integrationskompass.events.domain.RegistrationStatus;
import org.integrationskompass.shared.web.FormRecovery;
import org.integrationskompass.shared.web.NotFoundException;
import org.integrationskompass.shared.web.RequestLanguage;
import org.integrationskompass.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Registering for an event and the registrant's personal page ({@code /veranstaltungen/anmeldung/<token>}), where
 * they see their registration, cancel it or take up seats offered from the waiting list.
 *
 * <p>A form with errors is answered with 200 and the page (see the accessibility form). Success redirects to the
 * personal page (Post/Redirect/Get): a reload never registers twice, and a second submit of the same form fails on
 * the one-registration-per-address rule with a clear message. The personal page is never cached, never indexed and
 * sends no referrer, because its address is the key to the registration.
 */
@Controller
class RegistrationController {

	static final String MANAGE = "/veranstaltungen/anmeldung/";

	private static final List<String> FIELDS = List.of("seats", "name", "email", "organisation", "needs", "consent");

	private final EventRepository events;

	private final RegistrationService registrations;

	private final RegistrationRateLimit rateLimit;

	private final MessageSource messages;

	private final Clock clock;

	private final Period retention;

	RegistrationController(EventRepository events, RegistrationService registrations, RegistrationRateLimit rateLimit,
			MessageSource messages, Clock clock,
			@Value("${platform.events.registration-retention:P90D}") Period retention) {
		this.retention = retention;
		this.events = events;
		this.registrations = registrations;
		this.rateLimit = rateLimit;
		this.messages = messages;
		this.clock = clock;
	}

	static final String FORM = EventController.CALENDAR + "/{slug}/anmeldung";

	static final String RECOVERY = FORM + "/wiederherstellen";

	/**
	 * Binds the form's record components by their own names. Spring's default first looks for {@code @BindParam} on
	 * each constructor parameter, which makes the JDK parse the constructor's annotations again on every request:
	 * about 5 % of a registration's request time in a rush (bench/registration-storm).
	 */
	@InitBinder("form")
	void bindByComponentName(WebDataBinder binder) {
		binder.setNameResolver(parameter -> null);
	}

	@GetMapping(FORM)
	String form(@PathVariable String slug, Locale locale, Model model) {
		var event = published(slug);
		model.addAttribute("form", RegistrationForm.empty());
		return page(event, locale, model);
	}

	@PostMapping(FORM)
	String register(@PathVariable String slug, @Valid @ModelAttribute("form") RegistrationForm form,
			BindingResult errors, HttpServletRequest request, Locale locale, Model model) {
		var event = published(slug);
		if (!Availability.of(event, clock.instant()).canRegister()) {
			errors.reject("events.registration.rejected.CLOSED");
		}
		var seats = form.seatCount();
		if (!errors.hasFieldErrors("seats")) {
			if (seats == null) {
				errors.rejectValue("seats", "events.register.seats.number");
			}
			else if (seats < 1 || seats > event.maxSeatsPerRegistration()) {
				errors.rejectValue("seats", "events.register.seats.range",
						new Object[] { event.maxSeatsPerRegistration() }, null);
			}
		}
		if (!errors.hasErrors() && !rateLimit.tryAcquire(request.getRemoteAddr())) {
			errors.reject("events.register.tooMany");
		}
		if (!errors.hasErrors()) {
			try {
				var registered = registrations.register(event, new RegistrationRequest(Objects.requireNonNull(seats),
						Objects.requireNonNull(form.name()).strip(), Objects.requireNonNull(form.email()).strip(),
						blankToNull(form.organisation()), blankToNull(form.needs()), consentText(locale),
						locale.getLanguage()));
				return "redirect:" + RequestLanguage.prefix(request) + MANAGE + registered.manageToken() + "?neu";
			}
			catch (RegistrationRejected rejected) {
				if (rejected.reason() == RegistrationRejected.Reason.SEATS_OUT_OF_RANGE) {
					errors.rejectValue("seats", "events.register.seats.range",
							new Object[] { event.maxSeatsPerRegistration() }, null);
				}
				else {
					errors.reject(rejected.messageKey());
				}
			}
			catch (DataIntegrityViolationException registeredAlready) {
				// the address holds a registration for this event (also a double click): that one counts
				registrations.resendLink(event.id(), Objects.requireNonNull(form.email()).strip());
				errors.reject("events.registration.rejected.ALREADY_REGISTERED");
			}
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, FIELDS));
		return page(event, locale, model);
	}

	/**
	 * Reached only by a forward from security when the form's CSRF token was missing or had expired (see
	 * {@link FormRecovery}): shows the form again with what was typed and a fresh token. Never registers anyone.
	 */
	@PostMapping(RECOVERY)
	String recover(@PathVariable String slug, @ModelAttribute("form") RegistrationForm form, BindingResult errors,
			Locale locale, Model model) {
		var event = published(slug);
		errors.reject("events.register.expired");
		return page(event, locale, model);
	}

	@GetMapping(MANAGE + "{token}")
	String manage(@PathVariable String token, @RequestParam(required = false) @Nullable String neu,
			@RequestParam(required = false) @Nullable String abgesagt,
			@RequestParam(required = false) @Nullable String angenommen,
			@RequestParam(required = false) @Nullable String nichtMehr, HttpServletResponse response, Locale locale,
			Model model) {
		privatePage(response);
		var registration = registrations.find(token).orElse(null);
		if (registration == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "events/manage-invalid";
		}
		var event = events.findById(registration.eventId()).orElseThrow(() -> new NotFoundException("event"));
		var now = clock.instant();
		var status = registration.status();
		var active = status == RegistrationStatus.CONFIRMED || status == RegistrationStatus.WAITING
				|| status == RegistrationStatus.OFFERED;
		var open = event.status() == EventStatus.PUBLISHED && now.isBefore(event.startsAt());
		var offerOpen = status == RegistrationStatus.OFFERED && registration.offerExpiresAt() != null
				&& now.isBefore(registration.offerExpiresAt());
		model.addAttribute("token", token);
		model.addAttribute("registration", registration);
		model.addAttribute("event", event);
		model.addAttribute("when", EventTimes.span(event.startsAt(), event.endsAt(), locale));
		model.addAttribute("offerUntil", registration.offerExpiresAt() == null ? null
				: EventTimes.moment(registration.offerExpiresAt(), locale));
		model.addAttribute("canCancel", active && open && !registration.anonymised());
		model.addAttribute("canAccept", offerOpen && open);
		model.addAttribute("showMeetingLink", status == RegistrationStatus.CONFIRMED && event.online()
				&& event.meetingLink() != null && event.status() == EventStatus.PUBLISHED);
		model.addAttribute("notice", neu != null ? "new" : abgesagt != null ? "cancelled"
				: angenommen != null ? "accepted" : nichtMehr != null ? "offerGone" : null);
		return "events/manage";
	}

	@PostMapping(MANAGE + "{token}/absagen")
	String cancel(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
		privatePage(response);
		var registration = registrations.find(token).orElse(null);
		if (registration == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "events/manage-invalid";
		}
		if (hasBegun(registration)) {
			return "redirect:" + RequestLanguage.prefix(request) + MANAGE + token;
		}
		registrations.cancel(token);
		return "redirect:" + RequestLanguage.prefix(request) + MANAGE + token + "?abgesagt";
	}

	@PostMapping(MANAGE + "{token}/annehmen")
	String accept(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
		privatePage(response);
		var registration = registrations.find(token).orElse(null);
		if (registration == null) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			return "events/manage-invalid";
		}
		if (registration.status() == RegistrationStatus.CONFIRMED) {
			return "redirect:" + RequestLanguage.prefix(request) + MANAGE + token + "?angenommen";
		}
		var accepted = !hasBegun(registration) && registrations.acceptOffer(token).isPresent();
		return "redirect:" + RequestLanguage.prefix(request) + MANAGE + token + (accepted ? "?angenommen" : "?nichtMehr");
	}

	private boolean hasBegun(Registration registration) {
		return events.findById(registration.eventId())
			.map(event -> !clock.instant().isBefore(event.startsAt()))
			.orElse(true);
	}

	private static void privatePage(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
	}

	private Event published(String slug) {
		return events.findBySlug(slug)
			.filter(found -> found.status() != EventStatus.DRAFT)
			.orElseThrow(() -> new NotFoundException("event " + slug));
	}

	private String page(Event event, Locale locale, Model model) {
		var availability = Availability.of(event, clock.instant());
		model.addAttribute("event", event);
		model.addAttribute("when", EventTimes.span(event.startsAt(), event.endsAt(), locale));
		model.addAttribute("availability", availability);
		model.addAttribute("availabilityText", messages.getMessage(availability.messageKey(),
				new Object[] { availability.freeSeats(), availability.opensAt() == null ? ""
						: EventTimes.moment(availability.opensAt(), locale) }, locale));
		model.addAttribute("consentText", consentText(locale));
		return "events/register";
	}

	/** The consent as the registrant read it; stored with the registration word for word. */
	private String consentText(Locale locale) {
		var days = retention.toTotalMonths() * 30 + retention.getDays();
		return messages.getMessage("events.register.consent.text", new Object[] { days }, locale);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
