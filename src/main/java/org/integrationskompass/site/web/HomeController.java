package org.integrationskompass.site.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "site/home";
	}
}
