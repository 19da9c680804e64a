package org.integrationskompass.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.integrationskompass.accounts.security.SignInThrottled;
import org.integrationskompass.shared.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff sign-in page; Spring Security processes the form. */
@Controller
class SignInController {

	@GetMapping("/anmelden")
	String signIn(@RequestParam(required = false) @Nullable String error,
			@RequestParam(required = false) @Nullable String passwortGeaendert, Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("passwordChanged", passwortGeaendert != null);
		model.addAttribute("username", "");
		return "accounts/sign-in";
	}

	/**
	 * Reached only by a forward from the sign-in throttle (the attempt was refused unchecked): the sign-in page with
	 * 429, how long to wait and the login name kept.
	 */
	@PostMapping(SignInThrottled.PAGE)
	String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!(request.getAttribute(SignInThrottled.ATTRIBUTE) instanceof SignInThrottled throttled)) {
			throw new NotFoundException("sign-in refusal page without a refusal");
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", Long.toString(Math.max(1, throttled.retryAfter().toSeconds())));
		var username = request.getParameter("username");
		model.addAttribute("failed", false);
		model.addAttribute("passwordChanged", false);
		model.addAttribute("throttledMinutes", Long.toString(throttled.minutes()));
		model.addAttribute("username", username == null ? "" : username);
		return "accounts/sign-in";
	}
}
