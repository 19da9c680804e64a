package org.integrationskompass.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.integrationskompass.shared.web.RequestLanguage;
import org.integrationskompass.site.domain.FeedbackService;
import org.integrationskompass.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The accessibility statement with its feedback form (the "feedback mechanism" the EU directive 2016/2102 requires).
 *
 * <p>A form with errors is answered with 200 and the page, not 4xx: some reverse proxies replace the body of error
 * answers with their own page, and the visitor would lose what they typed. Success redirects to
 * {@code ?gesendet} (Post/Redirect/Get) instead of using a flash attribute, which would need a session cookie.
 */
@Controller
class AccessibilityController {

	/** When this statement was written; update it with every review of the known limitations. */
	static final LocalDate STATEMENT_DATE = LocalDate.of(2026, 11, 23);

	static final String FORM_ANCHOR = "#rueckmeldung";

	static final String FORM_PATH = "/barrierefreiheit/rueckmeldung";

	static final String RECOVERY_PATH = FORM_PATH + "/wiederherstellen";

	private static final List<String> FIELDS = List.of("message", "page", "name", "email");

	private final FeedbackService feedback;

	private final FeedbackRateLimit rateLimit;

	AccessibilityController(FeedbackService feedback, FeedbackRateLimit rateLimit) {
		this.feedback = feedback;
		this.rateLimit = rateLimit;
	}

	@GetMapping("/barrierefreiheit")
	String statement(@RequestParam(name = "gesendet", required = false) @Nullable String sent, Locale locale,
			Model model) {
		model.addAttribute("form", AccessibilityFeedbackForm.empty());
		model.addAttribute("sent", sent != null);
		return page(locale, model);
	}

	@PostMapping(FORM_PATH)
	String submit(@Valid @ModelAttribute("form") AccessibilityFeedbackForm form, BindingResult errors,
			HttpServletRequest request, Locale locale, Model model) {
		if (!errors.hasErrors() && !rateLimit.tryAcquire(request.getRemoteAddr())) {
			errors.reject("site.accessibility.form.tooMany");
		}
		if (errors.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, FIELDS));
			model.addAttribute("sent", false);
			return page(locale, model);
		}
		feedback.receive(Objects.requireNonNull(form.message()).strip(), form.page(), form.name(), form.email(),
				locale.getLanguage());
		return "redirect:" + RequestLanguage.prefix(request) + "/barrierefreiheit?gesendet" + FORM_ANCHOR;
	}

	/**
	 * Reached only by a forward from security when the form's CSRF token was missing or expired (see
	 * {@link FormRecovery}): shows the form again with what was typed and a fresh token. Never stores anything.
	 */
	@PostMapping(RECOVERY_PATH)
	String recover(@ModelAttribute("form") AccessibilityFeedbackForm form, BindingResult errors, Locale locale,
			Model model) {
		errors.reject("site.accessibility.form.expired");
		model.addAttribute("sent", false);
		return page(locale, model);
	}

	/** The form's address is shown after a failed post (and offered by the language switch): lead it back to the page. */
	@GetMapping(FORM_PATH)
	String formAddress(HttpServletRequest request) {
		return "redirect:" + RequestLanguage.prefix(request) + "/barrierefreiheit" + FORM_ANCHOR;
	}

	private String page(Locale locale, Model model) {
		model.addAttribute("statementDate", STATEMENT_DATE);
		model.addAttribute("statementDateText",
				STATEMENT_DATE.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
		return "site/accessibility";
	}
}
