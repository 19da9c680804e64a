package org.integrationskompass.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff sign-in page; Spring Security processes the form. */
@Controller
class SignInController {

	@GetMapping("/anmelden")
	String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String username,
			Model model) {
		model.addAttribute("failed", error != null);
		return "accounts/sign-in";
	}
}
