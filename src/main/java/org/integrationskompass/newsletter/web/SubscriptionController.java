package org.integrationskompass.newsletter.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.integrationskompass.newsletter.domain.EmailAddresses;
import org.integrationskompass.newsletter.domain.IssueRepository;
import org.integrationskompass.newsletter.domain.IssueSending;
import org.integrationskompass.newsletter.domain.IssueStatus;
import org.integrationskompass.newsletter.domain.NewsletterIssue;
import org.integrationskompass.newsletter.domain.Subscriptions;
import org.integrationskompass.shared.web.FormErrors;
import org.integrationskompass.shared.web.RequestLanguage;
import org.integrationskompass.shared.web.SiteLanguages;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public newsletter page: subscribing (double opt-in), confirming, unsubscribing. The answer to a valid request
 * is the same whether or not the address is on the list, so the page reveals nothing about subscribers.
 */
@Controller
class SubscriptionController {

	static final String PAGE = "/integrationsbrief";

	static final String RECOVERY = PAGE + "/wiederherstellen";

	static final String CONFIRM = PAGE + "/bestaetigen/";

	private static final List<String> FIELDS = List.of("email", "language", "consent");

	private final Subscriptions subscriptions;

	private final IssueRepository issues;

	private final SubscribeRateLimit rateLimit;

	private final SiteLanguages site;

	private final MessageSource messages;

	SubscriptionController(Subscriptions subscriptions, IssueRepository issues, SubscribeRateLimit rateLimit,
			SiteLanguages site, MessageSource messages) {
		this.subscriptions = subscriptions;
		this.issues = issues;
		this.rateLimit = rateLimit;
		this.site = site;
		this.messages = messages;
	}

	@GetMapping(PAGE)
	String page(@RequestParam(required = false) @Nullable String angefragt, Locale locale, Model model) {
		model.addAttribute("form", SubscribeForm.empty(locale.getLanguage()));
		model.addAttribute("requested", angefragt != null);
		return page(locale, model);
	}

	@PostMapping(PAGE)
	String subscribe(@ModelAttribute("form") SubscribeForm form, BindingResult errors, HttpServletRequest request,
			Locale locale, Model model) {
		var typed = form.email() == null ? "" : form.email();
		var email = EmailAddresses.normalise(typed);
		if (typed.isBlank()) {
			errors.rejectValue("email", "newsletter.subscribe.email.missing");
		}
		else if (email.isEmpty()) {
			errors.rejectValue("email", "newsletter.subscribe.email.invalid");
		}
		if (form.language() == null || !site.languages().contains(form.language())) {
			errors.rejectValue("language", "newsletter.subscribe.language.missing");
		}
		if (!Boolean.TRUE.equals(form.consent())) {
			errors.rejectValue("consent", "newsletter.subscribe.consent.missing");
		}
		if (!errors.hasErrors() && !rateLimit.tryAcquire(request.getRemoteAddr(), email.orElseThrow())) {
			errors.reject("newsletter.subscribe.tooMany");
		}
		if (errors.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, FIELDS));
			model.addAttribute("requested", false);
			return page(locale, model);
		}
		var language = form.language() == null ? site.defaultLanguage() : form.language();
		subscriptions.request(email.orElseThrow(), language, consentText(locale), request.getRemoteAddr());
		return "redirect:" + RequestLanguage.prefix(request) + PAGE + "?angefragt";
	}

	/** Forwarded here by security when the form's CSRF token had expired: shows what was typed, never subscribes. */
	@PostMapping(RECOVERY)
	String recover(@ModelAttribute("form") SubscribeForm form, BindingResult errors, Locale locale, Model model) {
		errors.reject("newsletter.subscribe.expired");
		model.addAttribute("requested", false);
		return page(locale, model);
	}

	@GetMapping(CONFIRM + "{token}")
	String confirmPage(@PathVariable String token, HttpServletResponse response, Model model) {
		privatePage(response);
		model.addAttribute("token", token);
		return "newsletter/confirm";
	}

	@PostMapping(CONFIRM + "{token}")
	String confirm(@PathVariable String token, HttpServletResponse response, Model model) {
		privatePage(response);
		var confirmed = subscriptions.confirm(token);
		if (confirmed.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("confirmed", confirmed.isPresent());
		return "newsletter/confirmed";
	}

	@GetMapping(IssueSending.UNSUBSCRIBE_PATH + "{token}")
	String unsubscribePage(@PathVariable String token, HttpServletResponse response, Model model) {
		privatePage(response);
		var known = subscriptions.findByUnsubscribeToken(token).isPresent();
		if (!known) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("token", token);
		model.addAttribute("known", known);
		return "newsletter/unsubscribe";
	}

	/**
	 * One-click unsubscribe (RFC 8058): the mail program posts {@code List-Unsubscribe=One-Click} here without a
	 * session or CSRF token (security exempts exactly this path); the unsubscribe page's button posts here too.
	 */
	@PostMapping(IssueSending.UNSUBSCRIBE_PATH + "{token}")
	String unsubscribe(@PathVariable String token, HttpServletResponse response, Model model) {
		privatePage(response);
		var known = subscriptions.unsubscribe(token);
		if (!known) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("known", known);
		return "newsletter/unsubscribed";
	}

	private String page(Locale locale, Model model) {
		model.addAttribute("consentText", consentText(locale));
		model.addAttribute("languages", site.languages());
		model.addAttribute("archive", archive());
		return "newsletter/index";
	}

	List<NewsletterIssue> archive() {
		return issues.findByStatusOrderByYearDescNumberDesc(IssueStatus.SENT);
	}

	private String consentText(Locale locale) {
		return messages.getMessage("newsletter.subscribe.consent.text", null, locale);
	}

	static void privatePage(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
	}
}
