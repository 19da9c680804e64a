package org.integrationskompass.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.integrationskompass.accounts.domain.PasswordResetSettings;
import org.integrationskompass.accounts.domain.PasswordResets;
import org.integrationskompass.accounts.domain.PasswordResets.Link;
import org.integrationskompass.accounts.domain.PasswordResets.LinkState;
import org.integrationskompass.accounts.domain.PasswordRules;
import org.integrationskompass.accounts.security.PasswordResetThrottle;
import org.integrationskompass.accounts.security.SignInThrottle;
import org.integrationskompass.accounts.security.Throttle;
import org.integrationskompass.shared.web.FormErrors;
import org.integrationskompass.shared.web.RequestLanguage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password?": asking for a link by mail, and setting a new password with it. The answer to a request
 * is the same whether or not the address belongs to an account. Pages reached through a link are private: not
 * cached, not indexed, and they send no referrer (the token is in their address).
 */
@Controller
class PasswordResetController {

	static final String FORGOT = "/passwort-vergessen";

	private static final List<String> PASSWORD_FIELDS = List.of("password", "confirmation");

	private final PasswordResets resets;

	private final PasswordResetThrottle throttle;

	private final SignInThrottle signInThrottle;

	private final PasswordResetSettings settings;

	PasswordResetController(PasswordResets resets, PasswordResetThrottle throttle, SignInThrottle signInThrottle,
			PasswordResetSettings settings) {
		this.resets = resets;
		this.throttle = throttle;
		this.signInThrottle = signInThrottle;
		this.settings = settings;
	}

	@GetMapping(FORGOT)
	String forgot(@RequestParam(required = false) @Nullable String angefragt, Model model) {
		model.addAttribute("form", ForgotPasswordForm.empty());
		return forgotPage(angefragt != null, model);
	}

	@PostMapping(FORGOT)
	String request(@Valid @ModelAttribute("form") ForgotPasswordForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		if (!errors.hasErrors() && form.email() != null) {
			var wait = throttle.tryRequest(form.email(), request.getRemoteAddr());
			if (wait.isPresent()) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
				errors.reject("accounts.forgotPassword.tooMany", new Object[] { Long.toString(Throttle.minutes(wait.get())) },
						null);
			}
		}
		if (errors.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, List.of("email")));
			return forgotPage(false, model);
		}
		resets.request(form.email(), locale);
		return "redirect:" + RequestLanguage.prefix(request) + FORGOT + "?angefragt";
	}

	private String forgotPage(boolean requested, Model model) {
		model.addAttribute("requested", requested);
		model.addAttribute("validMinutes", Long.toString(settings.validity().toMinutes()));
		return "accounts/forgot-password";
	}

	@GetMapping(PasswordResets.LINK_PATH + "{token}")
	String resetPage(@PathVariable String token, HttpServletResponse response, Model model) {
		privatePage(response);
		var link = resets.check(token);
		if (link.state() != LinkState.VALID) {
			return invalid(link, response);
		}
		model.addAttribute("form", NewPasswordForm.empty());
		return resetForm(token, link, model);
	}

	@PostMapping(PasswordResets.LINK_PATH + "{token}")
	String reset(@PathVariable String token, @ModelAttribute("form") NewPasswordForm form, BindingResult errors,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		privatePage(response);
		var link = resets.check(token);
		if (link.state() != LinkState.VALID || link.login() == null) {
			return invalid(link, response);
		}
		var password = form.password() == null ? "" : form.password();
		if (password.isEmpty()) {
			errors.rejectValue("password", "validation.required");
		}
		else {
			PasswordRules.problems(password, link.login()).forEach(problem -> errors.rejectValue("password", problem,
					new Object[] { Integer.toString(PasswordRules.MIN_LENGTH) }, null));
		}
		if (!password.isEmpty() && !password.equals(form.confirmation())) {
			errors.rejectValue("confirmation", "accounts.resetPassword.confirmation.mismatch");
		}
		if (errors.hasErrors()) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", FormErrors.inFieldOrder(errors, PASSWORD_FIELDS));
			return resetForm(token, link, model);
		}
		var done = resets.reset(token, password);
		if (done.state() != LinkState.VALID || done.login() == null) {
			return invalid(done, response);
		}
		signInThrottle.forgetAccount(done.login());
		return "redirect:" + RequestLanguage.prefix(request) + "/anmelden?passwortGeaendert";
	}

	private String resetForm(String token, Link link, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("login", link.login());
		model.addAttribute("minLength", Integer.toString(PasswordRules.MIN_LENGTH));
		return "accounts/reset-password";
	}

	/** 410 for a link that was good once (used, replaced, expired), 404 for one that never was. */
	private static String invalid(Link link, HttpServletResponse response) {
		response.setStatus(link.state() == LinkState.GONE ? HttpStatus.GONE.value() : HttpStatus.NOT_FOUND.value());
		return "accounts/reset-password-invalid";
	}

	private static void privatePage(HttpServletResponse response) {
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
	}
}
